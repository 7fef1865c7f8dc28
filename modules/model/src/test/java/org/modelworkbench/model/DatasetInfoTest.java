package org.modelworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DatasetInfoTest {
  private static DatasetInfo withColumns(String... names) {
    List<ColumnProfile> columns = Stream.of(names)
        .map(n -> new ColumnProfile(n, ColumnType.CATEGORICAL, 0, 1, null, null, null, null, null, null)).toList();
    return new DatasetInfo(1, "d", 1, "d.csv", null, 10, columns, 0, null);
  }

  @Test
  void aDatasetWithEveryImageColumnHoldsImages() {
    assertThat(withColumns("file", "class", "width", "height", "channels").holdsImages()).isTrue();
  }

  @Test
  void aTableThatOnlySharesSomeColumnNamesDoesNot() {
    assertThat(withColumns("file", "channels", "label").holdsImages())
        .as("file and channels alone were once enough in two dialogs; the services always wanted all five")
        .isFalse();
    assertThat(withColumns("sepal", "target").holdsImages()).isFalse();
  }
}
