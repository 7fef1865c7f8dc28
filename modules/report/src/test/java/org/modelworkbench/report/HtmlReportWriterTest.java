package org.modelworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlReportWriterTest {
  @TempDir
  Path dir;

  @Test
  void containsEverySectionInOrder() throws Exception {
    String html = write(ReportFixtures.threeClasses());
    Document dom = parse(html);
    assertThat(attributes(dom, "section", "id")).containsExactly("summary", "test", "training", "dataset", "settings");
    assertThat(texts(dom, "h2")).containsExactly("Summary", "Test metrics", "Training", "Dataset", "Settings");
    assertThat(texts(dom, "h1")).containsExactly("Plan model, run 42");
    assertThat(texts(dom, "h3")).contains("Columns", "Class balance", "Hyperparameters", "Device",
        "Software versions", "Loss per epoch", "Validation accuracy per epoch", "Confusion matrix",
        "Per-class metrics");
  }

  @Test
  void isSelfContainedWithChartsAsDataUris() throws Exception {
    String html = write(ReportFixtures.threeClasses());
    assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("<script")
        .doesNotContain("<link").contains("<style>");
    List<String> sources = attributes(parse(html), "img", "src");
    // Class balance, loss curve, accuracy curve, confusion matrix.
    assertThat(sources).hasSize(4);
    for (String src : sources) {
      assertThat(src).startsWith("data:image/png;base64,");
      byte[] png = Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1));
      assertThat(ImageIO.read(new ByteArrayInputStream(png))).isNotNull();
    }
  }

  @Test
  void isPrintFriendly() throws IOException {
    String html = write(ReportFixtures.threeClasses());
    // No forced page breaks: sections flow on, while headings stay with what follows them.
    assertThat(html).contains("@media print").contains("@page").contains("break-after: avoid")
        .doesNotContain("break-before: page").contains("<section id=\"dataset\" class=\"section\">");
  }

  @Test
  void showsFormattedMetricsSettingsAndDatasetFacts() throws IOException {
    String html = write(ReportFixtures.threeClasses());
    assertThat(html)
        .contains("88.6\u00A0%") // accuracy 886 of 1,000; the unit never wraps away
        .contains("0.9412") // ROC AUC
        .contains("0.2871") // log-loss
        .contains("5,000") // rows
        .contains("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
        .contains("exports/customer_plans_2025-03.csv")
        .contains("Learning rate").contains("0.003")
        .contains("<dd>CPU</dd>").doesNotContain("cpu()").contains("No supported GPU found")
        .contains("PyTorch").contains("2.7.1")
        .contains("231 (4.6\u00A0%)") // missing monthly charges
        .contains("2019-01-03") // date column minimum
        .contains("48.3\u00A0% true") // boolean column mean
        .contains("plan (target)")
        .contains("412").contains("premium");
  }

  @Test
  void escapesHostileNamesEverywhere() throws Exception {
    String html = write(ReportFixtures.hostile());
    assertThat(html).doesNotContain("<script").doesNotContain("<b>run</b>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&amp;&quot;&#39;")
        .contains("Odd names &lt;b&gt;run&lt;/b&gt; &amp; co")
        .contains("Ünïcødé").contains("中文");
    Document dom = parse(html);
    // Parsed back, the names are text again: the column table and the class tables hold them.
    assertThat(texts(dom, "td")).contains(ReportFixtures.HOSTILE, ReportFixtures.AMPERSAND_QUOTES,
        ReportFixtures.HOSTILE + " (target)", "中文");
    assertThat(texts(dom, "th")).contains(ReportFixtures.HOSTILE, ReportFixtures.AMPERSAND_QUOTES);
  }

  @Test
  void regressionShowsErrorsAndNoClassDetail() throws Exception {
    String html = write(ReportFixtures.regression());
    Document dom = parse(html);
    assertThat(html).contains("RMSE").contains("23,457").contains("MAE").contains("15,201")
        .contains("R²").contains("0.8734").contains("Validation RMSE per epoch")
        .doesNotContain("Confusion matrix").doesNotContain("Class balance");
    assertThat(attributes(dom, "img", "src")).hasSize(2);
  }

  @Test
  void cancelledRunSaysPlainlyThatThereAreNoTestMetrics() throws Exception {
    String html = write(ReportFixtures.cancelled());
    assertThat(html).contains("the run was cancelled before the model was tested")
        .contains("Cancelled").contains("None") // no model kept
        .doesNotContain("Confusion matrix");
    Document dom = parse(html);
    assertThat(texts(dom, "h2")).containsExactly("Summary", "Test metrics", "Training", "Dataset", "Settings");
    // The four epochs it did run are still charted.
    assertThat(attributes(dom, "img", "src")).hasSize(3);
  }

  @Test
  void createsFoldersAndReplacesAnOldReport() throws IOException {
    Path out = dir.resolve("reports/2025/run-42.html");
    new HtmlReportWriter().write(ReportFixtures.binary(), out);
    new HtmlReportWriter().write(ReportFixtures.regression(), out);
    assertThat(Files.readString(out)).contains("House price model");
    try (var files = Files.list(out.getParent())) {
      assertThat(files).containsExactly(out);
    }
  }

  private String write(ReportContent content) throws IOException {
    Path out = dir.resolve("report.html");
    new HtmlReportWriter().write(content, out);
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /** Parses the page as XML: the writer promises well-formed markup. */
  static Document parse(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> texts(Document dom, String tag) {
    List<String> out = new ArrayList<>();
    NodeList nodes = dom.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent());
    }
    return out;
  }

  private static List<String> attributes(Document dom, String tag, String attribute) {
    List<String> out = new ArrayList<>();
    NodeList nodes = dom.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(((Element) nodes.item(i)).getAttribute(attribute));
    }
    return out;
  }
}
