package org.modelworkbench.data.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataFormatException;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.RejectedRow;

/** JSON Lines: key union, types, nested values, bad lines. */
class JsonLinesImportTest {
  @TempDir Path dir;

  @Test
  void keysBecomeColumnsInFirstSeenOrder() throws IOException {
    Path file = Fixtures.text(dir.resolve("calls.jsonl"), """
        {"id": 1, "minutes": 2.5, "vip": true, "tags": ["a", "b"]}

        {"id": 2, "region": "north", "minutes": 3, "meta": {"x": 1}}
        {"id": 3, "opened": "2024-05-01", "vip": false, "region": null}
        """);
    DatasetRead read = DatasetReaders.read(file, null, null, null);
    DataTable t = read.table();
    assertThat(t.columnNames()).containsExactly("id", "minutes", "vip", "tags", "region", "meta", "opened");
    assertThat(t.columns()).extracting(c -> c.type()).containsExactly(ColumnType.INTEGER,
        ColumnType.DECIMAL, ColumnType.BOOLEAN, ColumnType.CATEGORICAL, ColumnType.CATEGORICAL,
        ColumnType.CATEGORICAL, ColumnType.DATE);
    assertThat(t.row(0)).containsExactly(1L, 2.5, true, "[\"a\",\"b\"]", null, null, null);
    assertThat(t.row(1)).containsExactly(2L, 3.0, null, null, "north", "{\"x\":1}", null);
    assertThat(t.value(2, 6)).hasToString("2024-05-01");
    assertThat(read.formatDescription()).isEqualTo("JSON Lines, 7 keys");
  }

  @Test
  void badLineFailsWithItsLineNumber() throws IOException {
    Path file = Fixtures.text(dir.resolve("calls.ndjson"), "{\"a\": 1}\n{\"a\": 2,\n[1, 2]\n");
    assertThatThrownBy(() -> DatasetReaders.read(file, null, null, null))
        .isInstanceOf(DataFormatException.class)
        .hasMessageStartingWith("calls.ndjson, line 2: this line is not valid JSON (")
        .hasMessageEndingWith("; fix that line, or import with bad rows skipped.");
  }

  @Test
  void badLinesAreRejectedWhenSkipping() throws IOException {
    Path file = Fixtures.text(dir.resolve("calls.jsonl"), "{\"a\": 1}\n{\"a\": 2,\n[1, 2]\n{\"a\": 4}\n");
    DatasetRead read = DatasetReaders.read(file, new ReadOptions(null, null, true), null, null);
    assertThat(read.table().rowCount()).isEqualTo(2);
    assertThat(read.rejected()).extracting(RejectedRow::line).containsExactly(2L, 3L);
    assertThat(read.rejected().get(1).reason()).startsWith("this line is a JSON array, not an object");
  }

  @Test
  void blankFileIsEmpty() throws IOException {
    Path file = Fixtures.text(dir.resolve("none.jsonl"), "\n  \n");
    assertThatThrownBy(() -> DatasetReaders.read(file, null, null, null))
        .hasMessage("none.jsonl: the file is empty.");
  }

  @Test
  void jsonArrayFileGetsAPlainSentence() throws IOException {
    Path file = Fixtures.text(dir.resolve("list.json"), "[{\"a\": 1}]");
    assertThatThrownBy(() -> DatasetReaders.read(file, null, null, null))
        .hasMessageStartingWith("list.json: this JSON file is not JSON Lines");
  }
}
