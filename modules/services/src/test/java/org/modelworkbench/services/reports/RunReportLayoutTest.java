package org.modelworkbench.services.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.datasets.ImportRequest;
import org.modelworkbench.services.training.TrainRequest;
import org.modelworkbench.services.training.TrainingObserver;

/**
 * Reports of real runs, a table, pictures and texts, read back from the written PDF and HTML: the
 * first page carries the headline numbers with the per-class table or the confusion matrix and is
 * filled, and both files give the run's one duration and plain words.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunReportLayoutTest {
  private static final Path SAMPLES = Path.of("../../resources/samples");
  private static final Path DIGITS = Path.of("../ml/src/test/resources/images/digits");
  /** Resolution of the page renders that judge how full page 1 is. */
  private static final float DPI = 36f;
  /** Room at the page bottom that the footer takes (PdfPageFlow's bottom margin: 62 pt). */
  private static final float FOOTER_POINTS = 62f;

  @TempDir
  static Path folder;

  private Workbench workbench;
  private RunInfo table;
  private RunInfo pictures;
  private RunInfo texts;

  @BeforeAll
  void trainThreeRuns() {
    workbench = Workbench.open(folder.resolve("project"));
    DatasetInfo penguins = imported(SAMPLES.resolve("penguins.csv"), "penguins");
    table = train(penguins, settings("species", ModelKind.MLP, 20));
    DatasetInfo digits = imported(DIGITS, "digits");
    pictures = train(digits, settings("class", ModelKind.CNN, 3));
    DatasetInfo tickets = imported(SAMPLES.resolve("support_tickets.csv"), "tickets");
    texts = train(tickets, TrainingSettings.defaults("category", ModelKind.TFIDF));
  }

  @AfterAll
  void close() {
    workbench.close();
  }

  Stream<String> kinds() {
    return Stream.of("table", "pictures", "texts");
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void theFirstPageHoldsTheHeadlineNumbersWithTheTestResultsAndIsFilled(String kind) throws IOException {
    RunInfo run = run(kind);
    Path pdf = workbench.reports().write(run.id(), ReportFormat.PDF, folder.resolve(kind + ".pdf"));
    // Kept under target/ to be looked at (pdftoppm -r 60 -png target/report-table.pdf page).
    Files.copy(pdf, Path.of("target", "report-" + kind + ".pdf"), StandardCopyOption.REPLACE_EXISTING);
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      int headline = -1;
      for (int page = 1; page <= document.getNumberOfPages() && headline < 0; page++) {
        if (pageText(document, page).contains("ACCURACY")) {
          headline = page;
        }
      }
      assertThat(headline).as("page with the headline numbers").isEqualTo(1);
      assertThat(pageText(document, 1)).containsAnyOf("Per-class metrics", "Confusion matrix");
      String first = pageText(document, 1);
      assertThat(first).contains("Test metrics").doesNotContain("Hyperparameters");

      // Ink (text, tables or a chart) reaches the bottom quarter of page 1's content area.
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, DPI);
      float pointsToPixels = DPI / 72f;
      int contentBottom = image.getHeight() - Math.round(FOOTER_POINTS * pointsToPixels);
      int lowestInk = lowestInkedRow(image, contentBottom);
      assertThat((double) lowestInk / contentBottom).as("share of page 1's content area used")
          .isGreaterThan(0.75);
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void htmlAndPdfGiveTheRunsOneDurationAndPlainWords(String kind) throws IOException {
    RunInfo run = run(kind);
    assertThat(run.duration()).isPresent();
    String duration = run.durationText();
    assertThat(duration).matches("\\d+ ms|\\d\\.\\d s|\\d+ s|\\d+ min \\d+ s|\\d+ h \\d+ min");

    Path html = workbench.reports().write(run.id(), ReportFormat.HTML, folder.resolve(kind + ".html"));
    String page = Files.readString(html);
    assertThat(page).contains("<dt>Duration</dt><dd>" + duration + "</dd>").doesNotContain("Training time");
    assertThat(durations(page)).containsExactly(duration);
    assertThat(page).contains(run.datasetName() + " \u00B7 version " + run.datasetVersion())
        .doesNotContain(run.datasetName() + "@").doesNotContain("cpu()").doesNotContain(" 1 epochs")
        .doesNotContain("Not recorded").contains("<dd>CPU</dd>");
    // Timestamps whole: date, hours and minutes, and the zone, kept together.
    assertThat(page).containsPattern("<dt>Started</dt><dd>\\d{4}-\\d\\d-\\d\\d\u00A0\\d\\d:\\d\\d\u00A0\\S+</dd>");

    Path pdf = workbench.reports().write(run.id(), ReportFormat.PDF, folder.resolve(kind + "-words.pdf"));
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text.replaceAll("\\s+", " ")).contains("Duration " + duration)
          .contains(run.datasetName() + " \u00B7 version " + run.datasetVersion())
          .doesNotContain("Training time").doesNotContain("cpu()").doesNotContain(" 1 epochs")
          .doesNotContain("Not recorded");
    }
  }

  private RunInfo run(String kind) {
    return switch (kind) {
      case "table" -> table;
      case "pictures" -> pictures;
      default -> texts;
    };
  }

  /** Every value the HTML gives a "Duration" or a "… time" fact. */
  private static List<String> durations(String html) {
    Matcher m = Pattern.compile("<dt>(Duration|[^<]* time)</dt><dd>([^<]*)</dd>").matcher(html);
    List<String> values = new java.util.ArrayList<>();
    while (m.find()) {
      values.add(m.group(2));
    }
    return values;
  }

  private static String pageText(PDDocument document, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(document);
  }

  /** The lowest pixel row above {@code bottom} with anything darker than near-white on it. */
  private static int lowestInkedRow(BufferedImage image, int bottom) {
    for (int y = bottom - 1; y >= 0; y--) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int darkest = Math.min((rgb >> 16) & 0xFF, Math.min((rgb >> 8) & 0xFF, rgb & 0xFF));
        if (darkest < 200) {
          return y;
        }
      }
    }
    return 0;
  }

  private DatasetInfo imported(Path file, String name) {
    return workbench.imports().importFile(file, ImportRequest.of(name, false), ProgressListener.NONE,
        CancellationToken.none()).dataset();
  }

  private RunInfo train(DatasetInfo dataset, TrainingSettings settings) {
    return workbench.training().train(TrainRequest.of(dataset, settings), TrainingObserver.NONE,
        CancellationToken.none());
  }

  private static TrainingSettings settings(String target, ModelKind kind, int epochs) {
    TrainingSettings d = TrainingSettings.defaults(target, kind);
    return new TrainingSettings(target, null, kind, epochs, d.batchSize(), d.learningRate(), d.seed(), d.device(),
        d.threads(), null, d.hiddenUnits(), d.patience(), d.validationFraction(), d.testFraction(),
        d.excludedColumns());
  }
}
