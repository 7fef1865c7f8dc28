package org.modelworkbench.app.desktop.dropimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which dropped files are imported, tested without the toolkit. */
class DropRulesTest {
  @TempDir
  Path dir;

  private final DropRules rules = new DropRules();

  @Test
  void acceptsDelimitedTextFilesInDropOrder() throws IOException {
    Path b = write("b.CSV", "x\n1\n");
    Path a = write("a.tsv", "x\n1\n");
    Path gz = write("c.csv.gz", "not really gzip");
    DropDecision decision = rules.decide(List.of(b, a, gz));
    assertThat(decision.accepted()).containsExactly(b, a, gz);
    assertThat(decision.refused()).isEmpty();
  }

  @Test
  void refusesOtherFilesWithAPlainReasonAndKeepsTheGoodOnes() throws IOException {
    Path pdf = write("report.pdf", "%PDF");
    Path good = write("loans.csv", "id,amount\n1,2\n");
    Path empty = write("empty.csv", "");
    Path folder = Files.createDirectory(dir.resolve("defects"));
    Path gone = dir.resolve("gone.csv");
    Path workbook = write("loans.xlsx", "PK");
    DropDecision decision = rules.decide(List.of(pdf, good, empty, folder, gone, workbook));
    assertThat(decision.accepted()).as("folders of images and Excel files are imported too")
        .containsExactly(good, folder, workbook);
    assertThat(decision.refused()).extracting(RefusedFile::file).containsExactly(pdf, empty, gone);
    assertThat(decision.refused().get(0).reason()).startsWith("report.pdf is not a data file").contains("CSV");
    assertThat(decision.refused().get(1).reason()).isEqualTo("empty.csv is empty. Export the data again and drop the new file.");
    assertThat(decision.refused().get(2).reason()).contains("no longer exists");
  }

  @Test
  void offersToTakeAnyDragThatCarriesFiles() {
    assertThat(rules.offersFiles(List.of(dir.resolve("x.pdf")))).isTrue();
    assertThat(rules.offersFiles(List.of())).isFalse();
    assertThat(rules.offersFiles(null)).isFalse();
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
