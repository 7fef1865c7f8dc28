package org.modelworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.RejectedRow;
import org.modelworkbench.model.WorkbenchException;

class DatasetRepositoryTest {
  @TempDir Path dir;
  private ProjectDatabase project;

  @BeforeEach
  void open() {
    project = ProjectDatabase.open(dir);
  }

  @AfterEach
  void close() {
    project.close();
  }

  @Test
  void rowsOfEveryTypeIncludingNullsReadBackExactly() {
    DataTable table = Fixtures.allTypes();

    DatasetInfo info = Fixtures.save(project, "all types", table);

    DataTable read = project.datasets().rows(info.id());
    assertThat(read).isEqualTo(table);
    assertThat(read.value(0, 4)).isEqualTo(table.value(0, 4)); // nanoseconds kept
    assertThat((Double) read.value(2, 1)).isNaN();
    assertThat(read.value(4, 5)).isEqualTo("no");
    assertThat(read.value(2, 5)).isEqualTo(""); // empty text is not missing
    assertThat(info.rows()).isEqualTo(5);
    assertThat(info.schema()).isEqualTo(table.columns());
  }

  @Test
  void catalogueKeepsProfilesRejectsAndSource() {
    DataTable table = DataTable.fromRows(List.of(new ColumnSchema("x", ColumnType.DECIMAL)),
        List.of(new Object[] {1.5}, new Object[] {9.25}));
    ColumnProfile profile = Fixtures.fullProfile("x");
    List<RejectedRow> rejects = List.of(new RejectedRow(7, "3 fields, expected 1", "a,b,c"),
        new RejectedRow(3, "unclosed quote", null));

    DatasetInfo saved = project.datasets().insert("prices", "/data/prices.csv", Fixtures.sha("p"), table,
        List.of(profile), rejects, null, null);

    DatasetInfo found = project.datasets().find(saved.id()).orElseThrow();
    assertThat(found).isEqualTo(saved);
    assertThat(found.columns()).containsExactly(profile);
    assertThat(found.rejectedRows()).isEqualTo(2);
    assertThat(found.sourceFile()).isEqualTo("/data/prices.csv");
    assertThat(project.datasets().rejected(saved.id())).isEqualTo(rejects);
  }

  @Test
  void pagesFollowRowOrder() {
    DatasetInfo info = Fixtures.save(project, "numbers", Fixtures.numbered(2_345));

    DataTable page = project.datasets().rows(info.id(), 1_000, 3);
    DataTable tail = project.datasets().rows(info.id(), 2_340, 100);
    DataTable beyond = project.datasets().rows(info.id(), 5_000, 10);

    assertThat(page.rowCount()).isEqualTo(3);
    assertThat(page.value(0, 0)).isEqualTo(1_000L);
    assertThat(page.value(2, 1)).isEqualTo("row 1002");
    assertThat(tail.rowCount()).isEqualTo(5);
    assertThat(tail.value(4, 0)).isEqualTo(2_344L);
    assertThat(beyond.rowCount()).isZero();
    assertThat(project.datasets().rows(info.id(), 0, 0).rowCount()).isZero();
    assertThat(beyond.columns()).isEqualTo(page.columns());
    assertThat(project.datasets().rows(info.id()).rowCount()).isEqualTo(2_345);
  }

  @Test
  void sameNameMakesNewVersionsAndKeepsOldOnes() {
    DatasetInfo first = Fixtures.save(project, "sales", Fixtures.numbered(3));
    DataTable changed = Fixtures.numbered(4);
    DatasetInfo second = project.datasets().insert("sales", "sales.csv", Fixtures.sha("changed"), changed,
        Fixtures.profiles(changed), List.of(), null, null);
    DatasetInfo other = Fixtures.save(project, "other", Fixtures.numbered(1));

    assertThat(first.version()).isEqualTo(1);
    assertThat(second.version()).isEqualTo(2);
    assertThat(other.version()).isEqualTo(1);
    assertThat(project.datasets().latest("sales")).contains(second);
    assertThat(project.datasets().find("sales", 1)).contains(first);
    assertThat(project.datasets().find("sales", 3)).isEmpty();
    assertThat(project.datasets().list()).containsExactly(other, first, second);
    assertThat(project.datasets().latestVersions()).containsExactly(other, second);
    assertThat(project.datasets().rows(first.id()).rowCount()).isEqualTo(3);
    assertThat(project.datasets().rows(second.id()).rowCount()).isEqualTo(4);
    assertThat(project.datasets().latest("missing")).isEmpty();
  }

  @Test
  void findByContentFindsTheVersionOfThatFile() {
    DatasetInfo first = Fixtures.save(project, "sales", Fixtures.numbered(3));
    DataTable again = Fixtures.numbered(3);
    DatasetInfo second = project.datasets().insert("sales", "sales.csv", Fixtures.sha("other bytes"), again,
        Fixtures.profiles(again), List.of(), null, null);

    assertThat(project.datasets().findByContent("sales", Fixtures.sha("sales"))).contains(first);
    assertThat(project.datasets().findByContent("sales", Fixtures.sha("other bytes"))).contains(second);
    assertThat(project.datasets().findByContent("sales", Fixtures.sha("never"))).isEmpty();
    assertThat(project.datasets().findByContent("other name", Fixtures.sha("sales"))).isEmpty();
  }

  @Test
  void hostileColumnAndDatasetNamesAreStoredAsData() {
    List<String> names = List.of("x\"; DROP TABLE runs; --", "select", "with space", "ünïcødé 名前 ☃",
        "ROW_NO", "", "a", "A", "n".repeat(300), "COLUMN_6", "'; DELETE FROM datasets; --");
    List<ColumnSchema> columns = new ArrayList<>();
    names.forEach(n -> columns.add(new ColumnSchema(n, ColumnType.CATEGORICAL)));
    Object[] row = names.stream().map(n -> "value of " + n).toArray();
    DataTable table = DataTable.fromRows(columns, List.<Object[]>of(row, new Object[names.size()]));
    String datasetName = "Robert'); DROP TABLE datasets; -- \"select\"";

    DatasetInfo info = Fixtures.save(project, datasetName, table);

    assertThat(project.datasets().rows(info.id())).isEqualTo(table);
    assertThat(project.datasets().latest(datasetName)).contains(info);
    assertThat(info.columns()).extracting(ColumnProfile::name).isEqualTo(names);
    assertThat(SchemaQueries.tables(project)).contains("RUNS", "DATASETS");
    assertThat(project.runs().list()).isEmpty();
  }

  @Test
  void cancellingAfterTheFirstBatchKeepsNothing() {
    CancellationToken cancel = new CancellationToken();
    List<Double> reported = new ArrayList<>();
    DataTable table = Fixtures.numbered(DatasetWriter.BATCH_SIZE * 3);

    assertThatThrownBy(() -> project.datasets().insert("big", "big.csv", null, table, Fixtures.profiles(table),
        List.of(new RejectedRow(2, "bad", "x")), (fraction, message) -> {
          reported.add(fraction);
          cancel.cancel();
        }, cancel)).isInstanceOf(CancellationException.class);

    assertThat(reported).hasSize(1);
    assertThat(project.datasets().list()).isEmpty();
    assertThat(project.datasets().rejected(1)).isEmpty();
    assertThat(SchemaQueries.dataTables(project)).isEmpty();
    // The name is free again and starts at version 1.
    assertThat(Fixtures.save(project, "big", Fixtures.numbered(2)).version()).isEqualTo(1);
  }

  @Test
  void aValueOfTheWrongTypeFailsPlainlyAndKeepsNothing() {
    DataTable table = DataTable.fromRows(List.of(new ColumnSchema("age", ColumnType.INTEGER)),
        List.of(new Object[] {1L}, new Object[] {"forty"}));

    assertThatThrownBy(() -> Fixtures.save(project, "people", table))
        .isInstanceOf(WorkbenchException.class)
        .hasMessage("Could not save the dataset 'people': column 'age', row 2 holds a String, but integer "
            + "columns hold Long values.");
    assertThat(project.datasets().list()).isEmpty();
    assertThat(SchemaQueries.dataTables(project)).isEmpty();
  }

  @Test
  void profilesThatDoNotMatchTheTableAreRefused() {
    DataTable table = Fixtures.numbered(1);

    assertThatThrownBy(() -> project.datasets().insert("x", null, null, table,
        List.of(Fixtures.fullProfile("n")), List.of(), null, null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void emptyTablesAndUnknownIds() {
    DataTable empty = Fixtures.numbered(0);
    DatasetInfo info = Fixtures.save(project, "empty", empty);

    assertThat(project.datasets().rows(info.id())).isEqualTo(empty);
    assertThat(project.datasets().find(info.id() + 100)).isEmpty();
    assertThatThrownBy(() -> project.datasets().rows(info.id() + 100))
        .isInstanceOf(WorkbenchException.class)
        .hasMessage("There is no dataset with id " + (info.id() + 100) + " in this project.");
  }
}
