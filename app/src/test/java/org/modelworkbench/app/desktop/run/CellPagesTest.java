package org.modelworkbench.app.desktop.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.services.scoring.CellExamples;

/** The words and joins of a listed cell: title, snippet, full text of several text columns, pages. */
class CellPagesTest {
  private static final List<ColumnSchema> COLUMNS = List.of(new ColumnSchema("subject", ColumnType.TEXT),
      new ColumnSchema("body", ColumnType.TEXT), new ColumnSchema("team", ColumnType.CATEGORICAL));

  private static CellExamples page(int offset, int total, Object[]... rows) {
    double[] p = new double[rows.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = 0.9 - 0.1 * (offset + i);
    }
    return new CellExamples("billing", "accounts", total, offset, DataTable.fromRows(COLUMNS, List.of(rows)), p,
        List.of("subject", "body"));
  }

  @Test
  void snippetsAreOneLineOfAtMost120Characters() {
    assertThat(CellPages.snippet("Charged twice\n\nplease   refund")).isEqualTo("Charged twice please refund");
    String long_ = "word ".repeat(60);
    assertThat(CellPages.snippet(long_)).hasSizeBetween(CellPages.SNIPPET_CHARACTERS - 5, CellPages.SNIPPET_CHARACTERS + 1)
        .endsWith("\u2026").startsWith("word word");
    assertThat(CellPages.snippet(null)).isEmpty();
  }

  @Test
  void theFullTextNamesEachTextColumnAndKeepsLineBreaks() {
    CellExamples shown = page(0, 1, new Object[] {"Invoice", "Line one\nline two", "billing"});
    assertThat(CellPages.fullText(shown, 0)).isEqualTo("subject:\nInvoice\n\nbody:\nLine one\nline two");
    CellExamples missing = page(0, 1, new Object[] {null, "text", "billing"});
    assertThat(CellPages.fullText(missing, 0)).startsWith("subject:\n(missing)");
  }

  @Test
  void pagesJoinInOrderAndTheTitleSaysHowManyAreListed() {
    CellExamples first = page(0, 3, new Object[] {"a", "1", "billing"}, new Object[] {"b", "2", "billing"});
    assertThat(CellPages.title(first)).isEqualTo("3 test rows of actual billing predicted as accounts (the 2 most "
        + "confident listed)");
    assertThat(first.hasMore()).isTrue();
    CellExamples both = CellPages.append(first, page(2, 3, new Object[] {"c", "3", "billing"}));
    assertThat(both.rows().rowCount()).isEqualTo(3);
    assertThat(both.rows().value(2, 0)).isEqualTo("c");
    assertThat(both.probabilities()).containsExactly(0.9, 0.8, 0.9 - 0.1 * 2);
    assertThat(both.hasMore()).isFalse();
    assertThat(CellPages.title(both)).isEqualTo("3 test rows of actual billing predicted as accounts");
  }

  @Test
  void aPictureIsNamedAsItWasInTheImportedFolderOrByItsStoredCopyInOlderProjects() {
    List<ColumnSchema> imported = List.of(new ColumnSchema("file", ColumnType.CATEGORICAL),
        new ColumnSchema("class", ColumnType.CATEGORICAL), new ColumnSchema("source", ColumnType.CATEGORICAL));
    DataTable rows = DataTable.fromRows(imported, List.of(new Object[] {"images/a2/a2b3c4.png", "3", "3/0123.png"},
        new Object[] {"images/ff/ff00.png", "3", null}));
    assertThat(CellPages.pictureName(rows, rows.row(0))).isEqualTo("3/0123.png");
    assertThat(CellPages.pictureName(rows, rows.row(1))).isEqualTo("images/ff/ff00.png");
    List<ColumnSchema> older = List.of(new ColumnSchema("file", ColumnType.CATEGORICAL),
        new ColumnSchema("class", ColumnType.CATEGORICAL));
    DataTable before = DataTable.fromRows(older, List.<Object[]>of(new Object[] {"images/a2/a2b3c4.png", "3"}));
    assertThat(CellPages.pictureName(before, before.row(0))).isEqualTo("images/a2/a2b3c4.png");
  }
}
