package org.modelworkbench.store.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;

class TypedTableTest {
  @Test
  void identifiersAreQuotedWithEmbeddedQuotesDoubled() {
    assertThat(SqlNames.quote("x\"; DROP TABLE runs; --")).isEqualTo("\"x\"\"; DROP TABLE runs; --\"");
    assertThat(SqlNames.quote("select")).isEqualTo("\"select\"");
  }

  @Test
  void columnsKeepTheirNamesUnlessH2CannotTakeThem() {
    TypedTable table = TypedTable.plan(5, List.of(
        new ColumnSchema("price", ColumnType.DECIMAL),
        new ColumnSchema("ROW_NO", ColumnType.INTEGER),
        new ColumnSchema("", ColumnType.CATEGORICAL),
        new ColumnSchema("COLUMN_2", ColumnType.BOOLEAN),
        new ColumnSchema("x".repeat(257), ColumnType.DATE)));

    assertThat(table.tableName()).isEqualTo("DATA_5");
    assertThat(table.tableColumns()).containsExactly("price", "COLUMN_2_2", "COLUMN_3", "COLUMN_2", "COLUMN_5");
  }

  @Test
  void statementsQuoteEveryName() {
    TypedTable table = TypedTable.plan(1, List.of(new ColumnSchema("a\"b", ColumnType.TIMESTAMP)));

    assertThat(table.createSql())
        .isEqualTo("CREATE TABLE \"DATA_1\" (\"ROW_NO\" BIGINT PRIMARY KEY, \"a\"\"b\" TIMESTAMP(9))");
    assertThat(table.insertSql()).isEqualTo("INSERT INTO \"DATA_1\" (\"ROW_NO\", \"a\"\"b\") VALUES (?, ?)");
    assertThat(table.selectSql(true)).isEqualTo(
        "SELECT \"ROW_NO\", \"a\"\"b\" FROM \"DATA_1\" ORDER BY \"ROW_NO\" OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
  }

  @Test
  void onlyStoreMadeNamesCountAsDataTables() {
    assertThat(TypedTable.isTableName("DATA_12")).isTrue();
    assertThat(TypedTable.isTableName("DATA_notes")).isFalse();
    assertThat(TypedTable.isTableName("data_1")).isFalse();
  }
}
