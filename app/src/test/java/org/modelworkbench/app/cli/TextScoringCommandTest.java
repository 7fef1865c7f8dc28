package org.modelworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text run on the command line: {@code predict MODEL FILE} on CSV and JSON Lines with the text
 * quoted and formula-like texts guarded, a file without the text column refused with exit 1,
 * {@code evaluate --misclassified} writing the texts, and the HTML report escaping them.
 */
class TextScoringCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HOSTILE = "=cmd|' /C calc'!A0 <script>x</script> & \"quoted\", two\nlines";

  @TempDir
  Path dir;

  private Path tickets() throws Exception {
    String[][] phrases = {{"my parcel has not arrived", "the courier left the box outside", "delivery is late"},
        {"I was charged twice", "the invoice is wrong", "please refund my payment"},
        {"I cannot log in", "the login link never came", "my account is locked"}};
    String[] teams = {"shipping", "billing", "accounts"};
    Random random = new Random(9);
    StringBuilder csv = new StringBuilder("body,team\n");
    for (int r = 0; r < 240; r++) {
      int kind = random.nextInt(3);
      int team = random.nextInt(100) < 12 ? (kind + 1) % 3 : kind;
      String text = (team != kind && r % 2 == 0 ? HOSTILE + " " : "") + "Ticket " + (2000 + r) + ": "
          + phrases[kind][random.nextInt(3)] + " and " + phrases[kind][random.nextInt(3)] + ", week "
          + random.nextInt(52) + ".";
      csv.append('"').append(text.replace("\"", "\"\"")).append("\",").append(teams[team]).append('\n');
    }
    return Files.writeString(dir.resolve("tickets.csv"), csv.toString());
  }

  @Test
  void predictsEvaluatesAndReportsATextRun() throws Exception {
    CliRunner cli = new CliRunner(dir.resolve("project"));
    assertThat(cli.run("import", tickets().toString()).exitCode()).isZero();
    CliRunner.Result trained = cli.run("train", "--dataset", "tickets", "--target", "team", "--json");
    assertThat(trained.exitCode()).as(trained.err()).isZero();
    JsonNode run = JSON.readTree(trained.out());
    String runId = run.get("runId").asText();
    String modelName = run.get("modelName").asText();

    Path csv = Files.writeString(dir.resolve("next week.csv"),
        "body\n\"" + HOSTILE.replace("\"", "\"\"") + "\"\n\"I was charged twice, please refund\"\n");
    CliRunner.Result predicted = cli.run("predict", runId, csv.toString());
    assertThat(predicted.exitCode()).as(predicted.err()).isZero();
    Path out = dir.resolve("next week-predictions.csv");
    assertThat(predicted.out()).contains("Wrote 2 predictions to ").contains("next week-predictions.csv");
    List<CsvRecord> records = read(out);
    assertThat(records.get(0).getFields()).containsExactly("body", "prediction", "probability_accounts",
        "probability_billing", "probability_shipping");
    assertThat(records.get(1).getField(0)).isEqualTo("'" + HOSTILE);
    assertThat(records.get(2).getFields()).startsWith("I was charged twice, please refund", "billing");

    Path jsonl = Files.writeString(dir.resolve("next.jsonl"), "{\"id\": 1, \"body\": \"my account is locked\"}\n");
    CliRunner.Result byName = cli.run("predict", modelName, jsonl.toString(), "--out", dir.resolve("j.csv").toString(),
        "--json");
    assertThat(byName.exitCode()).as(byName.err()).isZero();
    assertThat(JSON.readTree(byName.out()).get("rows").asInt()).isEqualTo(1);
    assertThat(read(dir.resolve("j.csv")).get(1).getFields()).startsWith("1", "my account is locked", "accounts");

    Path noBody = Files.writeString(dir.resolve("subjects.csv"), "subject,channel\nhello there my parcel,email\n");
    CliRunner.Result refused = cli.run("predict", runId, noBody.toString());
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("'subjects.csv' has no column 'body', which the model reads");
    assertThat(dir.resolve("subjects-predictions.csv")).doesNotExist();

    CliRunner.Result unknown = cli.run("predict", "no-such-model", csv.toString());
    assertThat(unknown.exitCode()).isEqualTo(1);

    Path wrong = dir.resolve("wrong.csv");
    CliRunner.Result evaluated = cli.run("evaluate", "--run", runId, "--misclassified", wrong.toString());
    assertThat(evaluated.exitCode()).as(evaluated.err()).isZero();
    List<CsvRecord> mistakes = read(wrong);
    assertThat(mistakes.get(0).getFields()).containsExactly("row", "body", "actual", "predicted", "probability");
    assertThat(mistakes).hasSizeGreaterThan(1);
    for (CsvRecord record : mistakes.subList(1, mistakes.size())) {
      assertThat(record.getField(2)).isNotEqualTo(record.getField(3));
      assertThat(record.getField(1)).doesNotStartWith("=");
    }
    assertThat(mistakes.stream().skip(1).map(r -> r.getField(1))).anyMatch(t -> t.startsWith("'" + HOSTILE));

    Path report = dir.resolve("report.html");
    CliRunner.Result reported = cli.run("report", "--run", runId, "--out", report.toString());
    assertThat(reported.exitCode()).as(reported.err()).isZero();
    assertThat(Files.readString(report)).contains("Examples per class").doesNotContain("<script>x")
        .contains("&lt;script&gt;x&lt;/script&gt; &amp; &quot;quoted&quot;");
  }

  private static List<CsvRecord> read(Path csv) throws Exception {
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv, StandardCharsets.UTF_8)) {
      return reader.stream().toList();
    }
  }
}
