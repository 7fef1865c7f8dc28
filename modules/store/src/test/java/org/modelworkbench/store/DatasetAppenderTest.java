package org.modelworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ColumnBatch;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.RejectedRow;
import org.modelworkbench.model.WorkbenchException;

/** Datasets streamed into columnar files: types, nulls, paging, versions, cancel and crash clean-up. */
class DatasetAppenderTest {
  private static final int ROWS = 200_000;
  // Names no SQL identifier or file name could hold as they are; files use stems, the catalogue the names.
  private static final List<ColumnSchema> COLUMNS = List.of(
      new ColumnSchema("id", ColumnType.INTEGER),
      new ColumnSchema("price \"€\"", ColumnType.DECIMAL),
      new ColumnSchema("ok?", ColumnType.BOOLEAN),
      new ColumnSchema("../day", ColumnType.DATE),
      new ColumnSchema("at", ColumnType.TIMESTAMP),
      new ColumnSchema("", ColumnType.CATEGORICAL),
      new ColumnSchema("unique text", ColumnType.CATEGORICAL));

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

  /** Row r's values: every column missing on its own rhythm; text past the dictionary's cap. */
  private static Object[] row(int r) {
    return new Object[] {
        r % 11 == 0 ? null : (long) r - 5,
        r % 7 == 0 ? null : r * 0.5,
        r % 5 == 0 ? null : r % 2 == 0,
        r % 13 == 0 ? null : LocalDate.of(2020, 1, 1).plusDays(r % 400),
        r % 17 == 0 ? null : LocalDateTime.of(2021, 3, 4, 5, 6, 7, 123_456_789).plusSeconds(r),
        r % 3 == 0 ? null : "cat-" + r % 4,
        "u" + r};
  }

  private static List<ColumnProfile> dummyProfiles() {
    return COLUMNS.stream().map(c -> new ColumnProfile(c.name(), c.type(), 0, 0, null, null, null, null, null,
        null)).toList();
  }

  private DatasetInfo importRows(String name, int rows) {
    try (DatasetAppender appender = project.datasets().openAppender(name, COLUMNS)) {
      for (int r = 0; r < rows; r++) {
        appender.append(row(r));
      }
      return appender.commit("file.csv", "ab".repeat(32), dummyProfiles(),
          List.of(new RejectedRow(3, "bad", "x,y")), CancellationToken.none());
    }
  }

  private Path datasetsDir() {
    return project.artifacts().root().resolve("datasets");
  }

  private List<String> folders() throws IOException {
    try (Stream<Path> list = Files.list(datasetsDir())) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void everyTypeAndNullReadsBackAndPagesAreRandomAccess() throws IOException {
    DatasetInfo info = importRows("big", ROWS);
    assertThat(info.rows()).isEqualTo(ROWS);
    assertThat(info.version()).isEqualTo(1);
    assertThat(folders()).containsExactly(Long.toString(info.id()));

    DataTable all = project.datasets().rows(info.id());
    assertThat(all.rowCount()).isEqualTo(ROWS);
    assertThat(all.columns()).isEqualTo(COLUMNS);
    for (int r : new int[] {0, 1, 7, 65_535, 65_536, 99_999, ROWS - 1}) {
      assertThat(all.row(r)).as("row %d", r).containsExactly(row(r));
    }

    DataTable page = project.datasets().rows(info.id(), 123_457, 10);
    assertThat(page.rowCount()).isEqualTo(10);
    for (int i = 0; i < 10; i++) {
      assertThat(page.row(i)).containsExactly(row(123_457 + i));
    }
    assertThat(project.datasets().rows(info.id(), ROWS - 3, 100).rowCount()).isEqualTo(3);
    assertThat(project.datasets().rows(info.id(), ROWS + 5, 10).rowCount()).isZero();
    assertThat(project.datasets().rejected(info.id())).containsExactly(new RejectedRow(3, "bad", "x,y"));
  }

  @Test
  void rowsAppendedInColumnBatchesReadBackLikeRowsAppendedOneByOne() {
    int rows = 5_000;
    DatasetInfo info;
    try (DatasetAppender appender = project.datasets().openAppender("batched", COLUMNS)) {
      List<ColumnType> types = COLUMNS.stream().map(ColumnSchema::type).toList();
      int r = 0;
      while (r < rows) {
        if (r % 1_000 == 999) {
          appender.append(row(r++));
          continue;
        }
        ColumnBatch batch = new ColumnBatch(types, 333);
        while (!batch.isFull() && r < rows && r % 1_000 != 999) {
          fill(batch, row(r++));
        }
        appender.append(batch);
      }
      info = appender.commit("file.csv", "cd".repeat(32), dummyProfiles(), null, CancellationToken.none());
    }
    DataTable all = project.datasets().rows(info.id());
    assertThat(all.rowCount()).isEqualTo(rows);
    for (int r = 0; r < rows; r++) {
      assertThat(all.row(r)).as("row %d", r).containsExactly(row(r));
    }
  }

  /** Puts a row of boxed values into a batch's next slots, as the CSV import does from text. */
  private static void fill(ColumnBatch batch, Object[] values) {
    int at = batch.size();
    for (int c = 0; c < values.length; c++) {
      Object v = values[c];
      batch.missing(c)[at] = v == null;
      if (v == null) {
        continue;
      }
      switch (batch.type(c)) {
        case INTEGER -> batch.longs(c)[at] = (Long) v;
        case DECIMAL -> batch.doubles(c)[at] = (Double) v;
        case BOOLEAN -> batch.longs(c)[at] = (Boolean) v ? 1 : 0;
        case DATE -> batch.longs(c)[at] = ((LocalDate) v).toEpochDay();
        case TIMESTAMP -> {
          batch.longs(c)[at] = ((LocalDateTime) v).toEpochSecond(java.time.ZoneOffset.UTC);
          batch.nanos(c)[at] = ((LocalDateTime) v).getNano();
        }
        case CATEGORICAL -> batch.texts(c)[at] = (String) v;
      }
    }
    batch.endRow();
    for (int c = 0; c < values.length; c++) {
      assertThat(batch.value(c, at)).isEqualTo(values[c]);
    }
  }

  @Test
  void aBatchWithAColumnOfTheWrongTypeFailsPlainly() {
    try (DatasetAppender appender = project.datasets().openAppender("wrong", COLUMNS)) {
      List<ColumnType> types = new ArrayList<>(COLUMNS.stream().map(ColumnSchema::type).toList());
      types.set(0, ColumnType.DECIMAL);
      ColumnBatch batch = new ColumnBatch(types, 4);
      fill(batch, new Object[] {1.5, 2.0, true, null, null, "a", "b"});
      assertThatThrownBy(() -> appender.append(batch))
          .isInstanceOf(WorkbenchException.class)
          .hasMessageContaining("column '" + COLUMNS.get(0).name() + "'")
          .hasMessageContaining("was expected");
    }
  }

  @Test
  void columnsReadBackForProfiling() {
    try (DatasetAppender appender = project.datasets().openAppender("p", COLUMNS)) {
      for (int r = 0; r < 1000; r++) {
        appender.append(row(r));
      }
      assertThat(appender.missing(0)).isEqualTo(91);
      double[] sum = {0};
      long[] count = {0};
      appender.forEachNumber(0, (number, identity) -> {
        sum[0] += number;
        count[0]++;
      });
      assertThat(count[0]).isEqualTo(909);
      List<String> seen = new ArrayList<>();
      appender.forEachCount(5, (value, n) -> seen.add(value + "=" + n));
      long[] expected = new long[4];
      for (int r = 0; r < 1000; r++) {
        if (r % 3 != 0) {
          expected[r % 4]++;
        }
      }
      assertThat(seen).containsExactlyInAnyOrder("cat-0=" + expected[0], "cat-1=" + expected[1],
          "cat-2=" + expected[2], "cat-3=" + expected[3]);
      List<String> flags = new ArrayList<>();
      appender.forEachCount(2, (value, n) -> flags.add(value + "=" + n));
      assertThat(flags).containsExactly("false=400", "true=400");
    }
  }

  @Test
  void versionsNumberUpAndKeepTheirOwnRows() {
    DatasetInfo first = importRows("v", 3);
    DatasetInfo second = importRows("v", 5);
    assertThat(second.version()).isEqualTo(2);
    assertThat(project.datasets().rows(first.id()).rowCount()).isEqualTo(3);
    assertThat(project.datasets().rows(second.id()).rowCount()).isEqualTo(5);
    assertThat(project.datasets().latest("v")).get().extracting(DatasetInfo::id).isEqualTo(second.id());
  }

  @Test
  void cancellingLeavesNoFolderAndNoCatalogueRow() throws IOException {
    CancellationToken token = new CancellationToken();
    try (DatasetAppender appender = project.datasets().openAppender("c", COLUMNS)) {
      appender.append(row(1));
      token.cancel();
      assertThatThrownBy(() -> appender.commit(null, null, dummyProfiles(), null, token))
          .isInstanceOf(CancellationException.class);
    }
    assertThat(folders()).isEmpty();
    assertThat(project.datasets().list()).isEmpty();
  }

  @Test
  void closingWithoutCommitLeavesNothing() throws IOException {
    try (DatasetAppender appender = project.datasets().openAppender("gone", COLUMNS)) {
      appender.append(row(1));
    }
    assertThat(folders()).isEmpty();
    assertThat(project.datasets().list()).isEmpty();
  }

  @Test
  void foldersLeftByACrashAreDeletedAtOpen() throws IOException {
    DatasetInfo kept = importRows("kept", 2);
    Files.createDirectories(datasetsDir().resolve(".tmp-77"));
    Files.writeString(datasetsDir().resolve(".tmp-77").resolve("c0.val"), "half");
    Files.createDirectories(datasetsDir().resolve("99"));
    Files.createDirectories(datasetsDir().resolve("notes"));
    project.close();
    project = ProjectDatabase.open(dir);
    assertThat(folders()).containsExactly(Long.toString(kept.id()), "notes");
    assertThat(project.datasets().rows(kept.id()).rowCount()).isEqualTo(2);
  }

  @Test
  void aValueOfTheWrongTypeFailsPlainly() {
    try (DatasetAppender appender = project.datasets().openAppender("w", COLUMNS)) {
      Object[] bad = row(1);
      bad[0] = "seven";
      assertThatThrownBy(() -> appender.append(bad)).hasMessageContaining("column 'id', row 1");
    }
  }
}
