package org.modelworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which command lines open the window and which run the command line. */
class DesktopLaunchTest {
  private static boolean desktop(String... args) {
    return WorkbenchCommand.isDesktopLaunch(args);
  }

  @Test
  void nothingOrOnlyAProjectOpensTheWindow() {
    assertThat(desktop()).isTrue();
    assertThat(desktop("--project", "/tmp/credit")).isTrue();
    assertThat(desktop("--project=/tmp/credit")).isTrue();
  }

  @Test
  void aFileToOpenOpensTheWindow() {
    assertThat(desktop("/home/ana/Credit risk/Credit risk.workbench")).isTrue();
    assertThat(desktop("loans.csv")).isTrue();
    assertThat(desktop("defects/")).isTrue();
    assertThat(desktop("a.csv", "b.xlsx")).isTrue();
    assertThat(desktop("--project", "/tmp/credit", "loans.csv")).isTrue();
  }

  @Test
  void everySubCommandStillRunsTheCommandLine() {
    for (String name : WorkbenchCommand.subcommandNames()) {
      assertThat(desktop(name)).as(name).isFalse();
      assertThat(desktop("--project", "/tmp/credit", name, "x")).as(name).isFalse();
    }
    assertThat(WorkbenchCommand.subcommandNames()).contains("import", "train", "evaluate", "report", "help",
        "import-model", "export-model", "datasets", "runs", "models", "profile", "predict");
  }

  @Test
  void optionsRunTheCommandLine() {
    assertThat(desktop("--help")).isFalse();
    assertThat(desktop("--version")).isFalse();
    assertThat(desktop("-h")).isFalse();
    assertThat(desktop("loans.csv", "--json")).isFalse();
    assertThat(desktop("--project")).isFalse();
  }
}
