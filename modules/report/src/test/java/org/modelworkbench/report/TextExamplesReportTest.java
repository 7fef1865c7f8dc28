package org.modelworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A text run's report shows example texts per class: escaped in HTML (markup and ampersands stay
 * text), each on one line cut with an ellipsis, and in the PDF inside the margins even for a long
 * ticket or a URL without spaces.
 */
class TextExamplesReportTest {
  static final String MARKUP = "Refund <script>alert('x')</script> & \"now\", please";
  static final String URL = "https://example.com/" + "a".repeat(300);
  static final String LONG = ("My parcel has not arrived and nobody answers the phone. ").repeat(40);

  @TempDir
  Path dir;

  static ReportContent withTexts() {
    ReportContent base = ReportFixtures.threeClasses();
    List<TextExample> examples = List.of(
        new TextExample("basic", "basic", 0.93, "Two lines\nof a ticket, short."),
        new TextExample("basic", "premium", 0.81, MARKUP),
        new TextExample("standard", "standard", 0.88, LONG),
        new TextExample("standard", "basic", 0.62, URL),
        new TextExample("premium", "premium", 0.97, "中文工单：我的包裹还没有到。"),
        new TextExample("premium", "standard", 0.55, ""));
    return new ReportContent(base.title(), base.dataset(), base.classBalance(), base.run(), base.model(),
        base.curve(), base.testMetrics(), base.generatedAt(), null, List.of(), examples);
  }

  @Test
  void htmlEscapesTheTextsAndCutsThemToOneLine() throws Exception {
    Path out = dir.resolve("report.html");
    new HtmlReportWriter().write(withTexts(), out);
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(html).contains("Examples per class").doesNotContain("<script>")
        .contains("Refund &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;now&quot;, please")
        .contains("wrong: premium");
    Document dom = HtmlReportWriterTest.parse(html);
    List<String> prose = new ArrayList<>();
    NodeList cells = dom.getElementsByTagName("td");
    for (int i = 0; i < cells.getLength(); i++) {
      Element cell = (Element) cells.item(i);
      if ("prose".equals(cell.getAttribute("class"))) {
        prose.add(cell.getTextContent());
      }
    }
    assertThat(prose).hasSize(6).contains(MARKUP, "Two lines of a ticket, short.", "(no text)");
    for (String text : prose) {
      assertThat(text).doesNotContain("\n");
      assertThat(text.codePointCount(0, text.length())).isLessThanOrEqualTo(ExamplesSection.SNIPPET_CHARACTERS + 1);
    }
    assertThat(prose).anyMatch(t -> t.startsWith("My parcel has not arrived") && t.endsWith("answers the\u2026")
        || t.startsWith("My parcel") && t.endsWith("\u2026"));
    assertThat(prose).anyMatch(t -> t.startsWith("https://example.com/aaa") && t.endsWith("a\u2026"));
  }

  @Test
  void pdfKeepsLongTextsInsideTheMargins() throws IOException {
    Path out = dir.resolve("report.pdf");
    new PdfReportWriter().write(withTexts(), out);
    Files.copy(out, Path.of("target", "text-examples-report.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
      float[] extent = {Float.MAX_VALUE, 0};
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String string, List<TextPosition> positions) throws IOException {
          for (TextPosition p : positions) {
            extent[0] = Math.min(extent[0], p.getXDirAdj());
            extent[1] = Math.max(extent[1], p.getXDirAdj() + p.getWidthDirAdj());
          }
          super.writeString(string, positions);
        }
      };
      String text = stripper.getText(pdf);
      assertThat(text).contains("Examples per class", "<script>alert('x')</script> &", "Two lines of a ticket");
      assertThat(text.replaceAll("\\s+", "")).contains("https://example.com/aaaa");
      assertThat(extent[0]).isGreaterThanOrEqualTo(PdfPageFlow.MARGIN_X - 0.5f);
      assertThat(extent[1]).isLessThanOrEqualTo(PDRectangle.A4.getWidth() - PdfPageFlow.MARGIN_X + 0.5f);
      // The 2,000-character ticket is cut, so the examples do not run over many pages.
      assertThat(text).doesNotContain("nobody answers the phone. My parcel has not arrived and nobody answers the "
          + "phone. My parcel has not arrived and nobody answers the phone. My parcel has not arrived and nobody");
    }
  }

  @Test
  void snippetsCutAtAWordOrInsideALongWord() {
    assertThat(Snippets.cut("short  text\nhere", 50)).isEqualTo("short text here");
    assertThat(Snippets.cut("one two three four five", 16)).isEqualTo("one two three\u2026");
    assertThat(Snippets.cut("x".repeat(30), 10)).isEqualTo("x".repeat(10) + "\u2026");
    assertThat(Snippets.cut(null, 10)).isEmpty();
  }
}
