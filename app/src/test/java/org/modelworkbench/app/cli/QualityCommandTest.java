package org.modelworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data-quality check on the command line: profile, warnings while training, strict refusal. */
class QualityCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /** Loans where closing_date is filled only for defaulted loans, and customer_id is a sequence. */
  private Path loans() throws Exception {
    StringBuilder sb = new StringBuilder("customer_id,age,income,region,closing_date,defaulted\n");
    Random random = new Random(3);
    String[] regions = {"north", "south", "east", "west"};
    for (int i = 0; i < 600; i++) {
      double risk = random.nextGaussian() + (i % 4 == 1 ? 0.8 : 0);
      boolean defaulted = risk > 1.5;
      sb.append(1000 + i).append(',').append(20 + random.nextInt(50)).append(',')
          .append(30000 + random.nextInt(40000)).append(',').append(regions[i % 4]).append(',')
          .append(defaulted ? "2025-0" + (1 + random.nextInt(9)) + "-15" : "").append(',')
          .append(defaulted ? "yes" : "no").append('\n');
    }
    return Files.writeString(dir.resolve("loans.csv"), sb.toString());
  }

  @Test
  void flagsIdsAndLeaksAndStrictTrainingRefusesThem() throws Exception {
    CliRunner cli = new CliRunner(dir.resolve("project"));
    assertThat(cli.run("import", loans().toString()).exitCode()).isZero();

    JsonNode profile = JSON.readTree(cli.run("profile", "loans", "--json").out());
    assertThat(profile.get("findings").toString()).contains("id_like").contains("customer_id");

    JsonNode withTarget = JSON.readTree(cli.run("profile", "loans", "--target", "defaulted", "--json").out());
    assertThat(withTarget.get("findings")).anySatisfy(f -> {
      assertThat(f.get("severity").asText()).isEqualTo("serious");
      assertThat(f.get("column").asText()).isEqualTo("closing_date");
    });
    assertThat(withTarget.get("findings").toString()).contains("class_balance");
    assertThat(withTarget.get("findings")).as("one clear message for the leaking column")
        .filteredOn(f -> f.get("column").asText().equals("closing_date")).singleElement()
        .satisfies(f -> assertThat(f.get("code").asText()).isEqualTo("missing_leak"));

    CliRunner.Result strict = cli.run("train", "--dataset", "loans", "--target", "defaulted", "--strict");
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.err()).contains("closing_date").contains("strict");
    assertThat(JSON.readTree(cli.run("runs", "--json").out())).as("a refused run is not recorded").isEmpty();

    CliRunner.Result warned = cli.run("train", "--dataset", "loans", "--target", "defaulted", "--epochs", "3");
    assertThat(warned.exitCode()).as(warned.err()).isZero();
    assertThat(warned.err()).contains("Data quality:").contains("closing_date");

    CliRunner.Result clean = cli.run("train", "--dataset", "loans", "--target", "defaulted", "--epochs", "3",
        "--exclude", "customer_id,closing_date", "--strict");
    assertThat(clean.exitCode()).as(clean.err()).isZero();
  }
}
