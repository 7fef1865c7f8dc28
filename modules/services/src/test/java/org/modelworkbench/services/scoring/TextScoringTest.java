package org.modelworkbench.services.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ClassificationMetrics;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.EvaluationInfo;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.Workbench;

/**
 * Scoring with a TF-IDF text model on a real project: the rows behind each confusion-matrix cell,
 * paged and most confident first; the misclassified texts and the predictions of CSV, xlsx and JSON
 * Lines files written so that a CSV reader gets every text back and no spreadsheet runs one as a
 * formula; a file without the text column refused by name; progress and Cancel while evaluating.
 */
class TextScoringTest {
  @TempDir
  static Path dir;
  static Workbench workbench;
  static DatasetInfo tickets;
  static RunInfo run;
  static ClassificationMetrics metrics;

  @BeforeAll
  static void textRun() {
    workbench = Workbench.open(dir.resolve("project"));
    tickets = TextRuns.importTickets(workbench, TextRuns.ticketsCsv(dir.resolve("tickets.csv"), 300, 3));
    run = TextRuns.tfidfRun(workbench, tickets);
    metrics = (ClassificationMetrics) workbench.evaluation().evaluateRun(run.id(), null).metrics();
  }

  @AfterAll
  static void close() {
    workbench.close();
  }

  @Test
  void theTicketsAreTextAndTheModelErrsOnSome() {
    assertThat(tickets.column("body").orElseThrow().type()).isEqualTo(org.modelworkbench.model.ColumnType.TEXT);
    long right = 0;
    long all = 0;
    for (int a = 0; a < metrics.labels().size(); a++) {
      for (int p = 0; p < metrics.labels().size(); p++) {
        all += metrics.confusionMatrix()[a][p];
        right += a == p ? metrics.confusionMatrix()[a][p] : 0;
      }
    }
    assertThat(right).isGreaterThan(all / 2).isLessThan(all);
    // Scored again through scoring, the test split gives the matrix the route stored.
    assertThat(metrics.confusionMatrix()).isEqualTo(((ClassificationMetrics) run.testMetrics()).confusionMatrix());
  }

  @Test
  void theReportShowsRightAndWrongTextsPerClassEscapedAndCut() throws Exception {
    Path html = workbench.reports().write(run.id(), org.modelworkbench.services.reports.ReportFormat.HTML,
        dir.resolve("report.html"));
    String page = Files.readString(html);
    assertThat(page).contains("Examples per class").contains("wrong: ").contains("right")
        .doesNotContain("<script>").contains("&lt;script&gt;alert(").contains("&amp; &quot;quoted&quot;")
        .doesNotContain("Long story. ".repeat(25));
    // Every example text is one line of at most 220 characters and an ellipsis.
    java.util.regex.Matcher prose = java.util.regex.Pattern.compile("<td class=\"prose\">([^<]*)</td>").matcher(page);
    int cells = 0;
    while (prose.find()) {
      cells++;
      String text = prose.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
          .replace("&#39;", "'").replace("&amp;", "&");
      assertThat(text.length()).isLessThanOrEqualTo(221);
      assertThat(text).doesNotContain("\n");
    }
    assertThat(cells).isBetween(TextRuns.TEAMS.length * 2, TextRuns.TEAMS.length * 4);
    for (String team : TextRuns.TEAMS) {
      assertThat(page).contains("<td class=\"row-head\">" + team + "</td>");
    }
    Path pdf = workbench.reports().write(run.id(), org.modelworkbench.services.reports.ReportFormat.PDF,
        dir.resolve("report.pdf"));
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      assertThat(text).contains("Examples per class").contains("<script>alert(").containsPattern("wrong:\\s+(billing|shipping|accounts)");
    }
    // Kept under target/ to be looked at (pdftoppm -png target/text-report.pdf page).
    Files.copy(pdf, Path.of("target", "text-report.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.copy(html, Path.of("target", "text-report.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void eachCellListsItsTextsInPagesMostConfidentFirst() {
    List<String> labels = metrics.labels();
    for (int a = 0; a < labels.size(); a++) {
      for (int p = 0; p < labels.size(); p++) {
        String actual = labels.get(a);
        String predicted = labels.get(p);
        CellExamples whole = workbench.evaluation().cellExamples(run.id(), actual, predicted, 0, 500);
        assertThat((long) whole.total()).as("%s -> %s", actual, predicted).isEqualTo(metrics.confusionMatrix()[a][p]);
        assertThat(whole.rows().rowCount()).isEqualTo(whole.total());
        assertThat(whole.textColumns()).containsExactly("body");
        for (int r = 0; r < whole.rows().rowCount(); r++) {
          assertThat(whole.rows().value(r, whole.rows().columnIndex("team"))).isEqualTo(actual);
          if (r > 0) {
            assertThat(whole.probabilities()[r]).isLessThanOrEqualTo(whole.probabilities()[r - 1]);
          }
        }
        // Pages of 3 read back the same rows in the same order.
        List<Object> paged = new ArrayList<>();
        for (int offset = 0; offset < whole.total(); offset += 3) {
          CellExamples page = workbench.evaluation().cellExamples(run.id(), actual, predicted, offset, 3);
          assertThat(page.offset()).isEqualTo(offset);
          assertThat(page.hasMore()).isEqualTo(offset + 3 < whole.total());
          for (int r = 0; r < page.rows().rowCount(); r++) {
            paged.add(page.rows().value(r, page.rows().columnIndex("body")));
          }
        }
        List<Object> expected = new ArrayList<>();
        for (int r = 0; r < whole.rows().rowCount(); r++) {
          expected.add(whole.rows().value(r, whole.rows().columnIndex("body")));
        }
        assertThat(paged).isEqualTo(expected);
      }
    }
  }

  @Test
  void aStoredEvaluationListsTheSameCells() {
    EvaluationInfo onAll = workbench.evaluation().evaluateRun(run.id(), tickets);
    ClassificationMetrics all = (ClassificationMetrics) onAll.metrics();
    String label = all.labels().get(0);
    CellExamples cell = workbench.evaluation().evaluationCellExamples(onAll.id(), label, label, 0, 500);
    assertThat((long) cell.total()).isEqualTo(all.confusionMatrix()[0][0]).isGreaterThan(metrics.confusionMatrix()[0][0]);
  }

  @Test
  void misclassifiedTextsReadBackFieldForFieldAndFormulasAreGuarded() throws Exception {
    Path csv = dir.resolve("wrong.csv");
    int written = workbench.evaluation().writeMisclassified(run.id(), csv);
    DataTable expected = workbench.evaluation().misclassifiedTestRows(run.id());
    long offDiagonal = 0;
    for (int a = 0; a < metrics.labels().size(); a++) {
      for (int p = 0; p < metrics.labels().size(); p++) {
        offDiagonal += a == p ? 0 : metrics.confusionMatrix()[a][p];
      }
    }
    assertThat((long) written).isEqualTo(offDiagonal).isEqualTo(expected.rowCount()).isPositive();
    List<CsvRecord> records = read(csv);
    assertThat(records.get(0).getFields()).containsExactly("row", "body", "actual", "predicted", "probability");
    boolean sawHostile = false;
    for (int r = 0; r < written; r++) {
      CsvRecord record = records.get(r + 1);
      String body = (String) expected.value(r, 1);
      String field = record.getField(1);
      if (body.startsWith("=")) {
        sawHostile = true;
        assertThat(field).isEqualTo("'" + body).contains("\n").contains("\"quoted\", with a comma");
      } else {
        assertThat(field).isEqualTo(body);
      }
      assertThat(record.getField(2)).isEqualTo(expected.value(r, 2));
      assertThat(record.getField(3)).isEqualTo(expected.value(r, 3)).isNotEqualTo(record.getField(2));
      assertThat(Double.parseDouble(record.getField(4))).isBetween(0.0, 1.0);
    }
    assertThat(records).hasSize(written + 1);
    assertThat(sawHostile).as("a hostile ticket was misread too (planted in every 11th row)").isTrue();
  }

  @Test
  void predictsCsvXlsxAndJsonLinesKeepingTextsSafe() throws Exception {
    List<String> texts = List.of(TextRuns.HOSTILE, "I was charged twice, please refund", "-minus first",
        "@someone the parcel never came", "+1 555 my login link never came");
    Path csv = dir.resolve("new.csv");
    StringBuilder content = new StringBuilder("channel,body\n");
    texts.forEach(t -> content.append("email,\"").append(t.replace("\"", "\"\"")).append("\"\n"));
    Files.writeString(csv, content.toString());
    Path xlsx = dir.resolve("new.xlsx");
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet ws = wb.newWorksheet("Tickets");
      ws.value(0, 0, "body");
      for (int r = 0; r < texts.size(); r++) {
        ws.value(r + 1, 0, texts.get(r));
      }
      wb.finish();
    }
    Path jsonl = dir.resolve("new.jsonl");
    ObjectMapper json = new ObjectMapper();
    StringBuilder lines = new StringBuilder();
    for (String t : texts) {
      lines.append(json.writeValueAsString(Map.of("body", t, "id", lines.length()))).append('\n');
    }
    Files.writeString(jsonl, lines.toString());

    for (Path input : List.of(csv, xlsx, jsonl)) {
      Path out = dir.resolve(input.getFileName() + "-predicted.csv");
      PredictionOutcome outcome = workbench.prediction().predict(run.id(), input, out,
          org.modelworkbench.model.ProgressListener.NONE, CancellationToken.none());
      assertThat(outcome.rows()).isEqualTo(texts.size());
      List<CsvRecord> records = read(out);
      int body = records.get(0).getFields().indexOf("body");
      int prediction = records.get(0).getFields().indexOf("prediction");
      assertThat(body).as(input.toString()).isNotNegative();
      for (int r = 0; r < texts.size(); r++) {
        String text = texts.get(r);
        boolean guarded = "=+-@".indexOf(text.charAt(0)) >= 0;
        assertThat(records.get(r + 1).getField(body)).as("%s row %d", input.getFileName(), r)
            .isEqualTo(guarded ? "'" + text : text);
        assertThat(List.of(TextRuns.TEAMS)).contains(records.get(r + 1).getField(prediction));
      }
      assertThat(records.get(2).getField(prediction)).isEqualTo("billing");
    }
  }

  @Test
  void aFileWithoutTheTextColumnIsRefusedByName() throws Exception {
    Path csv = Files.writeString(dir.resolve("no-body.csv"), "channel,subject\nemail,hello there\n");
    assertThatThrownBy(() -> workbench.prediction().predict(run.id(), csv, dir.resolve("never.csv"),
        org.modelworkbench.model.ProgressListener.NONE, CancellationToken.none()))
        .isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("'no-body.csv' has no column 'body', which the model reads");
    assertThat(dir.resolve("never.csv")).doesNotExist();
  }

  @Test
  void evaluatingTellsProgressAndStopsAtCancel() {
    List<Double> fractions = new ArrayList<>();
    workbench.evaluation().evaluateRun(run.id(), tickets, (f, m) -> fractions.add(f), CancellationToken.none());
    assertThat(fractions).isNotEmpty().isSorted();
    assertThat(fractions.get(fractions.size() - 1)).isEqualTo(1.0);
    int stored = workbench.catalog().evaluations(run.id()).size();
    CancellationToken cancel = new CancellationToken();
    assertThatThrownBy(() -> workbench.evaluation().evaluateRun(run.id(), tickets, (f, m) -> cancel.cancel(), cancel))
        .isInstanceOf(CancellationException.class);
    assertThat(workbench.catalog().evaluations(run.id())).hasSize(stored);
  }

  private static List<CsvRecord> read(Path csv) throws Exception {
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv, StandardCharsets.UTF_8)) {
      return reader.stream().toList();
    }
  }
}
