package org.modelworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontChainTest {
  private static final PDFont HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

  @TempDir
  Path dir;

  @Test
  void switchesFontWhereTheFirstHasNoGlyph() throws IOException {
    Path dejaVu = TestFonts.dejaVu("DejaVuSans.ttf");
    Path asciiOnly = asciiSubsetOf(dejaVu);
    try (PDDocument pdf = new PDDocument(); EmbeddedFonts fonts = new EmbeddedFonts(pdf)) {
      FontChain chain = new FontChain(List.of(asciiOnly, dejaVu), fonts, HELVETICA);
      List<FontChain.Run> runs = chain.runs("abc Ωmega");
      assertThat(runs).extracting(FontChain.Run::text).containsExactly("abc ", "Ω", "mega");
      assertThat(runs.get(0).font()).isSameAs(runs.get(2).font()).isNotSameAs(runs.get(1).font());
      float sum = 0;
      for (FontChain.Run run : runs) {
        sum += run.font().getStringWidth(run.text()) / 1000f * 12;
      }
      assertThat(chain.width(12, "abc Ωmega")).isEqualTo(sum);
    }
  }

  @Test
  void drawsMixedRunsThatReadBackAsOneText() throws IOException {
    Path dejaVu = TestFonts.dejaVu("DejaVuSans.ttf");
    Path asciiOnly = asciiSubsetOf(dejaVu);
    Path out = dir.resolve("mixed.pdf");
    try (PDDocument pdf = new PDDocument(); EmbeddedFonts fonts = new EmbeddedFonts(pdf)) {
      FontChain chain = new FontChain(List.of(asciiOnly, dejaVu), fonts, HELVETICA);
      PDPage page = new PDPage();
      pdf.addPage(page);
      try (PDPageContentStream stream = new PDPageContentStream(pdf, page)) {
        stream.beginText();
        stream.newLineAtOffset(50, 700);
        chain.show(stream, 12, "Class Ωmega and Жук");
        stream.endText();
      }
      pdf.save(out.toFile());
    }
    try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
      assertThat(new PDFTextStripper().getText(pdf)).contains("Class Ωmega and Жук");
    }
    // Only the glyphs used are embedded: far smaller than DejaVu Sans itself.
    assertThat(Files.size(out)).isLessThan(Files.size(dejaVu) / 10);
  }

  @Test
  void skipsAFileThatIsNotAFont() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.ttf"), "not a font");
    try (PDDocument pdf = new PDDocument(); EmbeddedFonts fonts = new EmbeddedFonts(pdf)) {
      FontChain chain = new FontChain(List.of(broken), fonts, HELVETICA);
      assertThat(chain.fontFor('a')).contains(HELVETICA);
      assertThat(chain.covers('Ж')).isFalse();
      assertThat(fonts.get(broken)).isEmpty();
    }
  }

  @Test
  void loadsEachFileOncePerDocument() {
    Path dejaVu = TestFonts.dejaVu("DejaVuSans.ttf");
    try (PDDocument pdf = new PDDocument(); EmbeddedFonts fonts = new EmbeddedFonts(pdf)) {
      FontChain regular = new FontChain(List.of(dejaVu), fonts, HELVETICA);
      FontChain bold = new FontChain(List.of(dejaVu), fonts, HELVETICA);
      assertThat(regular.fontFor('Ж').orElseThrow()).isInstanceOf(PDType0Font.class)
          .isSameAs(bold.fontFor('Ж').orElseThrow());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** A font with only the printable ASCII letters of the source, to build a chain of two fonts. */
  private Path asciiSubsetOf(Path source) throws IOException {
    try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(source.toFile()))) {
      TTFSubsetter subsetter = new TTFSubsetter(ttf);
      subsetter.addAll(IntStream.rangeClosed(0x20, 0x7E).boxed().collect(Collectors.toSet()));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      subsetter.writeToStream(bytes);
      return Files.write(dir.resolve("ascii-only.ttf"), bytes.toByteArray());
    }
  }
}
