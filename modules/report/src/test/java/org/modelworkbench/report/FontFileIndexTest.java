package org.modelworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontFileIndexTest {
  @TempDir
  Path dir;

  @Test
  void findsWantedFilesByNameInAnyCase() throws IOException {
    Path dejaVu = touch(dir.resolve("usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
    Path arial = touch(dir.resolve("Windows/Fonts/ARIAL.TTF"));
    touch(dir.resolve("usr/share/fonts/truetype/other/Unwanted.ttf"));
    FontFileIndex index = FontFileIndex.scan(List.of(dir.resolve("usr/share/fonts"), dir.resolve("Windows/Fonts")),
        Set.of("dejavusans.ttf", "arial.ttf", "unknown.ttf"));
    assertThat(index.find("DejaVuSans.ttf")).contains(dejaVu);
    assertThat(index.find("arial.ttf")).contains(arial);
    assertThat(index.find("Unwanted.ttf")).isEmpty();
    assertThat(index.find("unknown.ttf")).isEmpty();
  }

  @Test
  void firstFolderWinsAndMissingFoldersAreSkipped() throws IOException {
    Path own = touch(dir.resolve("own/DejaVuSans.ttf"));
    touch(dir.resolve("system/DejaVuSans.ttf"));
    FontFileIndex index = FontFileIndex.scan(
        List.of(dir.resolve("missing"), dir.resolve("own"), dir.resolve("system")), Set.of("DejaVuSans.ttf"));
    assertThat(index.find("DejaVuSans.ttf")).contains(own);
  }

  @Test
  void doesNotDigDeeperThanFontTreesGo() throws IOException {
    touch(dir.resolve("a/b/c/d/e/f/DejaVuSans.ttf"));
    assertThat(FontFileIndex.scan(List.of(dir), Set.of("DejaVuSans.ttf")).find("DejaVuSans.ttf")).isEmpty();
  }

  @Test
  void boldListFallsBackToRegularFonts() throws IOException {
    Path liberation = touch(dir.resolve("LiberationSans-Regular.ttf"));
    Path dejaVu = touch(dir.resolve("DejaVuSans.ttf"));
    Path dejaVuBold = touch(dir.resolve("DejaVuSans-Bold.ttf"));
    Path cjk = touch(dir.resolve("wqy-zenhei.ttc"));
    FontFiles files = FontFiles.from(FontFileIndex.scan(List.of(dir), FontFiles.wantedNames()));
    assertThat(files.regular()).containsExactly(liberation, dejaVu, cjk);
    assertThat(files.bold()).containsExactly(dejaVuBold, liberation, dejaVu, cjk);
  }

  private static Path touch(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "x");
  }
}
