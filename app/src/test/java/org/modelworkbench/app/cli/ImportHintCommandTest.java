package org.modelworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `workbench import` of next month's file under its own name hints at --name. */
class ImportHintCommandTest {
  @TempDir
  Path dir;

  @Test
  void sameColumnsUnderAnotherNameHintsAtTheVersion() throws Exception {
    Path january = Files.writeString(dir.resolve("loans_2025.csv"), "id,amount,defaulted\n1,100,no\n2,200,yes\n");
    Path february = Files.writeString(dir.resolve("loans_2025_02.csv"), "id,amount,defaulted\n3,300,no\n4,400,no\n");
    CliRunner cli = new CliRunner(dir.resolve("project"));
    assertThat(cli.run("import", january.toString()).err()).doesNotContain("Hint");

    CliRunner.Result separate = cli.run("import", february.toString());
    assertThat(separate.exitCode()).isZero();
    assertThat(separate.out()).contains("loans_2025_02");
    assertThat(separate.err()).contains("Hint: same columns as 'loans_2025'; use --name loans_2025 to make it version 2.");

    Path march = Files.writeString(dir.resolve("march.csv"), "id,amount,defaulted\n5,500,no\n6,600,yes\n");
    CliRunner.Result version = cli.run("import", march.toString(), "--name", "loans_2025");
    assertThat(version.exitCode()).isZero();
    assertThat(version.err()).doesNotContain("Hint");
    assertThat(cli.run("datasets", "--all-versions").out()).contains("loans_2025");
  }
}
