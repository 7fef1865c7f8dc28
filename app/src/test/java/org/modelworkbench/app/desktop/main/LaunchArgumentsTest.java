package org.modelworkbench.app.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.services.Workbench;

/** The window's arguments: a project to open, and files to import into it, on real folders. */
class LaunchArgumentsTest {
  @TempDir
  Path dir;

  @Test
  void aProjectFileOpensItsFolder() {
    Path project = dir.resolve("Credit risk");
    Workbench.open(project).close();

    LaunchArguments launch = LaunchArguments.parse(List.of(project.resolve("Credit risk.workbench").toString()));

    assertThat(launch.project()).contains(project.toAbsolutePath().normalize());
    assertThat(launch.imports()).isEmpty();
  }

  @Test
  void aProjectFolderOpensAsAProject() throws Exception {
    Path project = dir.resolve("churn");
    Workbench.open(project).close();
    Files.delete(project.resolve("churn.workbench"));

    assertThat(LaunchArguments.parse(List.of(project.toString())).project()).contains(project);
  }

  @Test
  void dataFilesAndFoldersAreImportedIntoTheLastProject() throws Exception {
    Path csv = Files.writeString(dir.resolve("loans.csv"), "a,b\n1,2\n");
    Path pictures = Files.createDirectories(dir.resolve("defects").resolve("ok")).getParent();

    LaunchArguments launch = LaunchArguments.parse(List.of(csv.toString(), pictures.toString()));

    assertThat(launch.project()).isEmpty();
    assertThat(launch.imports()).containsExactly(csv, pictures);
  }

  @Test
  void projectOptionAndAFileToImport() throws Exception {
    Path csv = Files.writeString(dir.resolve("loans.csv"), "a,b\n1,2\n");
    LaunchArguments launch = LaunchArguments.parse(List.of("--project", dir.resolve("p").toString(), csv.toString()));
    assertThat(launch.project()).contains(dir.resolve("p"));
    assertThat(launch.imports()).containsExactly(csv);

    assertThat(LaunchArguments.parse(List.of("--project=" + dir.resolve("q"))).project()).contains(dir.resolve("q"));
    assertThat(DesktopSettings.projectArgument(List.of("--project", "/x"))).contains(Path.of("/x"));
  }

  @Test
  void aMissingProjectFileStillNamesItsFolder() {
    LaunchArguments launch = LaunchArguments.parse(List.of(dir.resolve("gone").resolve("gone.workbench").toString()));
    assertThat(launch.project()).contains(dir.resolve("gone"));
  }
}
