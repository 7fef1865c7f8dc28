package org.modelworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code workbench export-dataset} through the real command line, imported back into a fresh project. */
class ExportDatasetCommandTest {
  private static final Path PENGUINS = Path.of("../resources/samples/penguins.csv");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private static List<String> columnsAndTypes(JsonNode dataset) {
    List<String> out = new ArrayList<>();
    dataset.get("columns").forEach(c -> out.add(c.get("name").asText() + ":" + c.get("type").asText()));
    return out;
  }

  private CliRunner importedPenguins() {
    CliRunner cli = new CliRunner(dir.resolve("project"));
    assertThat(cli.run("import", PENGUINS.toString()).exitCode()).isZero();
    return cli;
  }

  @Test
  void exportsAVersionAsXlsxThatImportsBackAlike() throws Exception {
    CliRunner cli = importedPenguins();
    Path out = dir.resolve("out").resolve("penguins.xlsx");
    CliRunner.Result result = cli.run("export-dataset", "penguins@1", "--out", out.toString(), "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode doc = JSON.readTree(result.out());
    assertThat(doc.get("dataset").asText()).isEqualTo("penguins");
    assertThat(doc.get("version").asInt()).isEqualTo(1);
    assertThat(doc.get("format").asText()).isEqualTo("xlsx");
    assertThat(doc.get("rows").asInt()).isEqualTo(344);
    assertThat(doc.get("path").asText()).isEqualTo(out.toAbsolutePath().toString());
    assertThat(Files.size(out)).isPositive();

    CliRunner fresh = new CliRunner(dir.resolve("fresh"));
    JsonNode back = JSON.readTree(fresh.run("import", out.toString(), "--name", "penguins", "--json").out());
    JsonNode original = JSON.readTree(cli.run("datasets", "--json").out()).get(0);
    assertThat(back.get("rows").asLong()).isEqualTo(original.get("rows").asLong());
    assertThat(columnsAndTypes(back)).isEqualTo(columnsAndTypes(original));
  }

  @Test
  void theFormatFollowsTheFileNameUnlessGiven() throws Exception {
    CliRunner cli = importedPenguins();
    Path csv = dir.resolve("penguins.csv");
    CliRunner.Result text = cli.run("export-dataset", "penguins", "--out", csv.toString());
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out().strip()).isEqualTo("Exported 344 rows of 'penguins' version 1 to " + csv.toAbsolutePath() + ".");
    assertThat(Files.readAllLines(csv).get(0))
        .isEqualTo("species,island,bill_length_mm,bill_depth_mm,flipper_length_mm,body_mass_g,sex,year");

    Path data = dir.resolve("penguins.data");
    CliRunner.Result excel = cli.run("export-dataset", "penguins", "--out", data.toString(), "--format", "XLSX",
        "--json");
    assertThat(excel.exitCode()).as(excel.err()).isZero();
    assertThat(JSON.readTree(excel.out()).get("format").asText()).isEqualTo("xlsx");
    assertThat(Files.readAllBytes(data)).startsWith((byte) 'P', (byte) 'K');
  }

  @Test
  void errorsAreOnePlainLineAndWriteNothing() throws Exception {
    CliRunner cli = importedPenguins();
    CliRunner.Result unknown = cli.run("export-dataset", "puffins", "--out", dir.resolve("x.csv").toString());
    assertThat(unknown.exitCode()).isEqualTo(WorkbenchCommand.EXIT_USER_ERROR);
    assertThat(unknown.err().strip()).startsWith("Error: There is no dataset named 'puffins'").doesNotContain("\n");

    CliRunner.Result version = cli.run("export-dataset", "penguins@7", "--out", dir.resolve("x.csv").toString());
    assertThat(version.exitCode()).isEqualTo(WorkbenchCommand.EXIT_USER_ERROR);
    assertThat(version.err().strip()).isEqualTo("Error: There is no version 7 of the dataset 'penguins'.");

    CliRunner.Result format = cli.run("export-dataset", "penguins", "--out", dir.resolve("x.csv").toString(),
        "--format", "pdf");
    assertThat(format.exitCode()).isEqualTo(WorkbenchCommand.EXIT_USER_ERROR);
    assertThat(format.err().strip()).isEqualTo("Error: Unknown export format 'pdf'; use csv or xlsx.");

    Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
    Path out = blocker.resolve("penguins.csv");
    CliRunner.Result unwritable = cli.run("export-dataset", "penguins", "--out", out.toString());
    assertThat(unwritable.exitCode()).isEqualTo(WorkbenchCommand.EXIT_USER_ERROR);
    assertThat(unwritable.err().strip()).startsWith("Error: Could not write " + out.toAbsolutePath() + ": ")
        .doesNotContain("\n");

    CliRunner.Result missing = cli.run("export-dataset", "penguins");
    assertThat(missing.exitCode()).isEqualTo(WorkbenchCommand.EXIT_USAGE);
    assertThat(missing.err()).contains("Run 'workbench help export-dataset' for usage.");
    assertThat(Files.exists(dir.resolve("x.csv"))).isFalse();
  }
}
