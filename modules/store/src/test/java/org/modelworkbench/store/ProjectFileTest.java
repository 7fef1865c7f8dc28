package org.modelworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.AppVersion;

/** Every opened project gets a project file named after its folder; paths are told apart by it. */
class ProjectFileTest {
  @TempDir Path dir;

  @Test
  void openingANewProjectWritesItsProjectFile() throws Exception {
    Path project = dir.resolve("Credit risk");
    ProjectDatabase.open(project).close();

    Path file = project.resolve("Credit risk.workbench");
    assertThat(file).isRegularFile();
    ProjectFile.Contents contents = ProjectFile.read(file);
    assertThat(contents.format()).isEqualTo(ProjectFile.FORMAT);
    assertThat(contents.createdBy()).isEqualTo(AppVersion.nameAndVersion());
  }

  @Test
  void aProjectWithoutTheFileGetsItOnOpenAndKeepsItsData() throws Exception {
    Path project = dir.resolve("old");
    try (ProjectDatabase opened = ProjectDatabase.open(project)) {
      Fixtures.save(opened, "all", Fixtures.allTypes());
    }
    Files.delete(project.resolve("old.workbench"));

    try (ProjectDatabase reopened = ProjectDatabase.open(project)) {
      assertThat(reopened.datasets().list()).hasSize(1);
    }
    assertThat(project.resolve("old.workbench")).isRegularFile();
  }

  @Test
  void aRenamedFolderTakesItsProjectFileAlong() throws Exception {
    ProjectDatabase.open(dir.resolve("before")).close();
    Path renamed = Files.move(dir.resolve("before"), dir.resolve("after"));

    ProjectDatabase.open(renamed).close();

    assertThat(renamed.resolve("after.workbench")).isRegularFile();
    assertThat(renamed.resolve("before.workbench")).doesNotExist();
  }

  @Test
  void anExistingFileIsLeftAlone() throws Exception {
    Path project = Files.createDirectories(dir.resolve("kept"));
    Files.writeString(project.resolve("kept.workbench"), "format=1\ncreated-by=Model Workbench 0.0.9\n");
    ProjectDatabase.open(project).close();
    assertThat(ProjectFile.read(project.resolve("kept.workbench")).createdBy()).isEqualTo("Model Workbench 0.0.9");
  }

  @Test
  void projectFolderOfTellsProjectsFromDataFiles() throws Exception {
    Path project = dir.resolve("loans");
    ProjectDatabase.open(project).close();
    Path csv = Files.writeString(dir.resolve("loans.csv"), "a,b\n1,2\n");
    Path pictures = Files.createDirectories(dir.resolve("defects").resolve("ok"));

    assertThat(ProjectFile.projectFolderOf(project.resolve("loans.workbench"))).contains(project);
    assertThat(ProjectFile.projectFolderOf(project)).contains(project);
    assertThat(ProjectFile.projectFolderOf(csv)).isEmpty();
    assertThat(ProjectFile.projectFolderOf(pictures.getParent())).isEmpty();
    assertThat(ProjectFile.isProjectFile(Path.of("A.WORKBENCH"))).isTrue();
    assertThat(ProjectFile.isProjectFile(Path.of("a.csv"))).isFalse();
  }
}
