package org.modelworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text on the command line: import --types both ways, the text profile, and a text target refused. */
class TextColumnsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /** Support tickets: a free-text body, a city and a priority, and the team that took it. */
  private Path tickets() throws Exception {
    String[] openings = {"My order has not arrived yet and", "The invoice I received last week", "Since the update",
        "I tried to reset my password but", "The replacement part you sent"};
    String[] middles = {"the tracking page shows no movement", "lists a product I never ordered",
        "the app crashes every time I open the settings", "the email with the link never came",
        "does not fit the model I own"};
    String[] cities = {"New York", "San Francisco", "Salt Lake City", "Berlin"};
    String[] teams = {"shipping", "billing", "apps", "accounts", "parts"};
    Random random = new Random(4);
    StringBuilder sb = new StringBuilder("body,city,priority,team\n");
    for (int i = 0; i < 150; i++) {
      int kind = random.nextInt(5);
      sb.append('"').append(openings[kind]).append(' ').append(middles[kind]).append(". Ticket ").append(1000 + i)
          .append(", please help, it has been ").append(2 + random.nextInt(9)).append(" days.\"").append(',')
          .append(cities[random.nextInt(cities.length)]).append(',').append(1 + random.nextInt(3)).append(',')
          .append(teams[kind]).append('\n');
    }
    sb.append("\"...\",Berlin,2,parts\n");
    return Files.writeString(dir.resolve("tickets.csv"), sb.toString());
  }

  @Test
  void typesProfilesAndRefusesATextTarget() throws Exception {
    CliRunner cli = new CliRunner(dir.resolve("project"));
    Path file = tickets();
    CliRunner.Result imported = cli.run("import", file.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).containsPattern("body\\s+text ").containsPattern("city\\s+categorical ");

    CliRunner.Result profile = cli.run("profile", "tickets");
    assertThat(profile.out()).contains("Text column 'body': 151 texts, 0 missing, 1 with no words")
        .contains("Length in words:").contains("Most frequent words: ").contains("'body' has 1 text with no words");
    JsonNode json = JSON.readTree(cli.run("profile", "tickets", "--json").out());
    assertThat(json.get("texts").get(0).get("column").asText()).isEqualTo("body");
    assertThat(json.get("texts").get(0).get("words").get("max").asLong()).isGreaterThan(15);
    assertThat(json.get("findings").toString()).contains("empty_texts");

    // Again with the types swapped: nothing new is stored, the stored version is read the other way.
    CliRunner.Result swapped = cli.run("import", file.toString(), "--types", "body=categorical,city=text");
    assertThat(swapped.exitCode()).as(swapped.err()).isZero();
    assertThat(swapped.out()).contains("Nothing to import").contains("--types")
        .containsPattern("body\\s+categorical ").containsPattern("city\\s+text ");
    CliRunner.Result back = cli.run("import", file.toString(), "--types", "body=text", "--types", "city=categorical");
    assertThat(back.out()).containsPattern("body\\s+text ").containsPattern("city\\s+categorical ");

    CliRunner.Result wrong = cli.run("import", file.toString(), "--name", "other", "--types", "body=number");
    assertThat(wrong.exitCode()).isEqualTo(1);
    assertThat(wrong.err()).contains("--types body=number: the type can be text or categorical.");

    CliRunner.Result target = cli.run("train", "--dataset", "tickets", "--target", "body", "--epochs", "2");
    assertThat(target.exitCode()).isEqualTo(1);
    assertThat(target.err()).contains("'body' holds free text, which a model reads rather than predicts.");

    // With free text and no base, the default is the TF-IDF baseline, which reads it.
    CliRunner.Result trained = cli.run("train", "--dataset", "tickets", "--target", "team", "--json");
    assertThat(trained.exitCode()).as(trained.err()).isZero();
    assertThat(trained.out()).contains("\"route\" : \"text-tfidf\"");
    assertThat(trained.err()).doesNotContain("free text");

    CliRunner.Result table = cli.run("train", "--dataset", "tickets", "--target", "team", "--model", "mlp",
        "--epochs", "2");
    assertThat(table.exitCode()).as(table.err()).isZero();
    assertThat(table.out() + table.err()).contains("'body' is free text, which this table model does not read");
  }
}
