package org.modelworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnSource;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.PrimitiveColumn;
import org.modelworkbench.model.WorkbenchException;

/** A dataset's columns read one at a time in primitive arrays hold the values its rows hold. */
class DatasetColumnsTest {
  /** More distinct texts than the dictionary shares, so later rows get entries of their own. */
  private static final int ROWS = 70_000;

  @TempDir Path dir;
  ProjectDatabase project;

  @BeforeEach
  void open() {
    project = ProjectDatabase.open(dir);
  }

  @AfterEach
  void close() {
    project.close();
  }

  private static void assertSameValues(ColumnSource columns, DataTable rows) {
    assertThat(columns.columns()).isEqualTo(rows.columns());
    assertThat(columns.rowCount()).isEqualTo(rows.rowCount());
    for (int c = 0; c < rows.columnCount(); c++) {
      PrimitiveColumn column = columns.column(c);
      assertThat(column.schema()).isEqualTo(rows.columns().get(c));
      for (int r = 0; r < rows.rowCount(); r++) {
        assertThat(column.value(r)).as("column %d row %d", c, r).isEqualTo(rows.value(r, c));
        assertThat(column.missing(r)).isEqualTo(rows.value(r, c) == null);
        assertThat(Double.valueOf(column.number(r))).isEqualTo(Double.valueOf(DataTable.toDouble(rows.value(r, c))));
      }
    }
  }

  @Test
  void columnarFilesReadBackEveryTypeAndText() {
    DataTable sample = Fixtures.allTypes();
    List<ColumnSchema> schema = new ArrayList<>(sample.columns());
    schema.add(new ColumnSchema("unique", ColumnType.CATEGORICAL));
    DatasetInfo info;
    try (DatasetAppender appender = project.datasets().openAppender("files", schema)) {
      for (int r = 0; r < ROWS; r++) {
        Object[] row = java.util.Arrays.copyOf(sample.row(r % sample.rowCount()), schema.size());
        row[schema.size() - 1] = r % 11 == 0 ? null : "u" + r % 69_000;
        appender.append(row);
      }
      info = appender.commit("files.csv", "ef".repeat(32), schema.stream().map(c -> new ColumnProfile(c.name(),
          c.type(), 0, 0, null, null, null, null, null, null)).toList(), List.of(), CancellationToken.none());
    }
    assertSameValues(project.datasets().columns(info.id()), project.datasets().rows(info.id()));
  }

  @Test
  void aTypedTableReadsBackTheSame() {
    DatasetInfo info = Fixtures.save(project, "small", Fixtures.allTypes());
    assertSameValues(project.datasets().columns(info.id()), Fixtures.allTypes());
  }

  @Test
  void missingFilesAndUnknownDatasetsFailPlainly() throws IOException {
    DatasetInfo info;
    List<ColumnSchema> schema = List.of(new ColumnSchema("n", ColumnType.INTEGER));
    try (DatasetAppender appender = project.datasets().openAppender("gone", schema)) {
      appender.append(new Object[] {1L});
      info = appender.commit("gone.csv", "aa".repeat(32), List.of(new ColumnProfile("n", ColumnType.INTEGER, 0, 1,
          null, null, null, null, null, null)), List.of(), CancellationToken.none());
    }
    ColumnSource columns = project.datasets().columns(info.id());
    Path folder = project.artifacts().root().resolve("datasets").resolve(Long.toString(info.id()));
    Files.delete(folder.resolve("c0.val"));
    assertThatThrownBy(() -> columns.column(0)).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("missing or damaged");
    assertThatThrownBy(() -> project.datasets().columns(999)).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("no dataset with id 999");
  }
}
