package org.modelworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `workbench import` of a legacy-encoded CSV: the charset is detected, used and named. */
class ImportCharsetCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Charset CP1251 = Charset.forName("windows-1251");

  @TempDir
  Path dir;

  @Test
  void aWindows1251FileImportsWithItsCyrillicNamesAndNoEncodingGiven() throws Exception {
    Path csv = dir.resolve("сотрудники.csv");
    Files.write(csv, ("Фамилия,Имя,Город,Зарплата\n"
        + "Иванов,Иван,Москва,54000\n"
        + "Петрова,Ольга,Санкт-Петербург,61000\n"
        + "Щукин,Пётр,Новосибирск,47000\n").getBytes(CP1251));
    CliRunner cli = new CliRunner(dir.resolve("project"));

    CliRunner.Result text = cli.run("import", csv.toString(), "--name", "staff");
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).contains("Charset: windows-1251").contains("Фамилия").contains("Зарплата");

    CliRunner.Result json = cli.run("import", csv.toString(), "--name", "staff_json", "--json");
    assertThat(json.exitCode()).as(json.err()).isZero();
    JsonNode doc = JSON.readTree(json.out());
    assertThat(doc.get("charset").asText()).isEqualTo("windows-1251");
    assertThat(doc.get("columns")).extracting(c -> c.get("name").asText())
        .containsExactly("Фамилия", "Имя", "Город", "Зарплата");
    assertThat(doc.get("rows").asLong()).isEqualTo(3);

    JsonNode shown = JSON.readTree(cli.run("datasets", "--json").out());
    assertThat(shown.findValuesAsText("charset")).containsOnly("windows-1251");
  }

  @Test
  void encodingStillOverridesDetection() throws Exception {
    Path csv = dir.resolve("names.csv");
    Files.write(csv, "Имя\nОльга\n".getBytes(CP1251));
    CliRunner cli = new CliRunner(dir.resolve("project"));

    CliRunner.Result result = cli.run("import", csv.toString(), "--encoding", "KOI8-R", "--json");

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode doc = JSON.readTree(result.out());
    assertThat(doc.get("charset").asText()).isEqualTo("KOI8-R");
    assertThat(doc.get("columns").get(0).get("name").asText())
        .isEqualTo(new String("Имя".getBytes(CP1251), Charset.forName("KOI8-R")));
  }
}
