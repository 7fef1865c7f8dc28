package org.modelworkbench.report;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Fonts for tests. Only DejaVu Sans is relied on (CI installs fonts-dejavu-core); a test that needs
 * it is skipped, not failed, where it is missing.
 */
final class TestFonts {
  private TestFonts() {}

  /** A DejaVu file of this machine, or the calling test is skipped. */
  static Path dejaVu(String fileName) {
    Optional<Path> file = FontFileIndex.scan(FontFolders.ofThisSystem(), Set.of(fileName)).find(fileName);
    assumeTrue(file.isPresent(), fileName + " is not installed (Debian: fonts-dejavu-core)");
    return file.get();
  }

  /** DejaVu Sans and DejaVu Sans Bold alone, or the calling test is skipped. */
  static FontFiles dejaVuOnly() {
    Path regular = dejaVu("DejaVuSans.ttf");
    Path bold = dejaVu("DejaVuSans-Bold.ttf");
    return new FontFiles(List.of(regular), List.of(bold, regular));
  }

  /** Skips the calling test unless this machine's fonts can show every character of the text. */
  static void assumeSystemFontsShow(String text) {
    try (PDDocument scratch = new PDDocument(); PdfText fonts = new PdfText(scratch)) {
      boolean shown = text.codePoints().allMatch(fonts.regular::covers)
          && text.codePoints().allMatch(fonts.bold::covers);
      assumeTrue(shown, "no installed font shows " + text + " (Debian: fonts-dejavu-core)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether this machine's fonts show every character of the text. */
  static boolean systemFontsShow(String text) {
    try (PDDocument scratch = new PDDocument(); PdfText fonts = new PdfText(scratch)) {
      return text.codePoints().allMatch(fonts.regular::covers);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
