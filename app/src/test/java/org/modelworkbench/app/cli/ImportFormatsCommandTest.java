package org.modelworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `workbench import` on the formats beyond CSV, through the real command line. */
class ImportFormatsCommandTest {
  private static final Path DIGITS = Path.of("../modules/data/src/test/resources/formats/digits");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void imageFolderIsCopiedIntoTheProjectByHash() throws Exception {
    Path copy = dir.resolve("digits");
    copyTree(DIGITS, copy);
    Files.writeString(copy.resolve("0").resolve("broken.png"), "not an image");
    CliRunner cli = new CliRunner(dir.resolve("project"));
    CliRunner.Result result = cli.run("import", copy.toString(), "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode doc = JSON.readTree(result.out());
    long images;
    try (Stream<Path> files = Files.walk(DIGITS)) {
      images = files.filter(p -> p.toString().endsWith(".png")).count();
    }
    assertThat(doc.get("rows").asLong()).isEqualTo(images);
    assertThat(doc.get("columns")).extracting(c -> c.get("name").asText())
        .contains("file", "class", "width", "height", "channels");
    assertThat(doc.get("problems").toString()).contains("broken.png");

    deleteTree(copy);
    try (Stream<Path> stored = Files.walk(dir.resolve("project").resolve("artifacts").resolve("images"))) {
      assertThat(stored.filter(Files::isRegularFile).count()).as("images kept after the original is gone")
          .isPositive();
    }
  }

  @Test
  void zipThatEscapesItsFolderIsRefusedAndNothingIsStored() throws Exception {
    Path zip = dir.resolve("evil.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("../escaped.csv"));
      out.write("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    CliRunner cli = new CliRunner(dir.resolve("project"));
    CliRunner.Result result = cli.run("import", zip.toString());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("evil.zip").contains("outside");
    assertThat(Files.exists(dir.resolve("escaped.csv"))).isFalse();
    assertThat(JSON.readTree(cli.run("datasets", "--json").out())).isEmpty();
  }

  @Test
  void jsonLinesAndAPdfInDisguise() throws Exception {
    Path lines = dir.resolve("orders.jsonl");
    Files.writeString(lines, "{\"id\": 1, \"amount\": 9.5, \"status\": \"paid\"}\n"
        + "{\"id\": 2, \"amount\": 12.0, \"status\": \"open\"}\n");
    CliRunner cli = new CliRunner(dir.resolve("project"));
    CliRunner.Result result = cli.run("import", lines.toString(), "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(JSON.readTree(result.out()).get("rows").asLong()).isEqualTo(2);

    Path pdf = dir.resolve("data.csv");
    Files.write(pdf, "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
    CliRunner.Result refused = cli.run("import", pdf.toString());
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("data.csv").contains("PDF");
  }

  @Test
  void windows1252TextIsDetected() throws Exception {
    Path file = dir.resolve("clients.csv");
    Files.write(file, "name,city\nRen\u00e9,Z\u00fcrich\nJos\u00e9,M\u00fcnchen\n".getBytes("windows-1252"));
    CliRunner cli = new CliRunner(dir.resolve("project"));
    CliRunner.Result result = cli.run("import", file.toString(), "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(cli.run("datasets", "--json").out()).contains("clients");
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          try (OutputStream out = Files.newOutputStream(target)) {
            Files.copy(p, out);
          }
        }
      }
    }
  }

  private static void deleteTree(Path root) throws Exception {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
