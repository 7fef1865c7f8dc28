package org.modelworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every sub-command answers {@code --help} with its options, even when it has required ones. */
class SubcommandHelpTest {
  @TempDir
  Path dir;

  @Test
  void helpOnASubcommandShowsItsOptions() {
    CliRunner cli = new CliRunner(dir.resolve("project"));
    CliRunner.Result train = cli.run("train", "--help");
    assertThat(train.exitCode()).as(train.err()).isZero();
    assertThat(train.out()).contains("--max-tokens", "--strategy", "--base");
    CliRunner.Result predict = cli.run("predict", "-h");
    assertThat(predict.exitCode()).as(predict.err()).isZero();
    assertThat(predict.out()).contains("Usage:");
  }
}
