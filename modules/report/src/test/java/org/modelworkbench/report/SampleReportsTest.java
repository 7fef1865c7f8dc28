package org.modelworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Writes every fixture as HTML and PDF to {@code target/sample-reports}, so a person can look at the
 * real output after a build (the layout is only judged well by eye).
 */
class SampleReportsTest {

  @Test
  void writesSampleReportsForReview() {
    Path folder = Path.of("target", "sample-reports");
    Map<String, ReportContent> samples = Map.of(
        "three-classes", ReportFixtures.threeClasses(),
        "binary", ReportFixtures.binary(),
        "regression", ReportFixtures.regression(),
        "cancelled", ReportFixtures.cancelled(),
        "hostile-names", ReportFixtures.hostile(),
        "world-names", ReportFixtures.world());
    samples.forEach((name, content) -> {
      new HtmlReportWriter().write(content, folder.resolve(name + ".html"));
      new PdfReportWriter().write(content, folder.resolve(name + ".pdf"));
    });
    assertThat(folder.resolve("three-classes.pdf")).exists();
    assertThat(folder.resolve("three-classes.html")).exists();
    assertThat(samples).allSatisfy((name, content) -> assertThat(Files.exists(folder.resolve(name + ".pdf"))).isTrue());
  }
}
