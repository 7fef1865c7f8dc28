package org.modelworkbench.app.desktop.dropimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.jobs.Job;
import org.modelworkbench.app.desktop.jobs.DirectJobRunner;
import org.modelworkbench.app.desktop.jobs.JobRunner;
import org.modelworkbench.app.desktop.jobs.JobState;
import org.modelworkbench.app.desktop.support.PictureFolders;
import org.modelworkbench.app.desktop.support.RecordingNotifier;
import org.modelworkbench.app.desktop.support.TestProjects;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.datasets.ImportOutcome;

/** Importing several files as jobs: a bad one fails alone. Real services, no screen. */
class ImportQueueTest {
  @TempDir
  Path dir;

  @Test
  void eachFileIsAJobAndAFailureLeavesTheOthersImported() throws IOException {
    Path pdf = Files.writeString(dir.resolve("notes.pdf"), "%PDF-1.4");
    Path broken = Files.writeString(dir.resolve("broken.csv"), "a,b\n");
    JobRunner runner = DirectJobRunner.create();
    RecordingNotifier notifier = new RecordingNotifier();
    List<ImportOutcome> imported = new ArrayList<>();
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      ImportQueue queue = new ImportQueue(runner, () -> workbench, notifier, new DropRules(), imported::add);
      List<Job> jobs = queue.importFiles(List.of(pdf, TestProjects.iris(), broken));
      assertThat(jobs).hasSize(2);
      assertThat(imported).extracting(o -> o.dataset().name()).containsExactly("iris");
      assertThat(workbench.datasets().list()).hasSize(1);
    }
    assertThat(runner.jobs()).extracting(Job::title).containsExactly("Import notes.pdf", "Import iris.csv", "Import broken.csv");
    assertThat(runner.jobs()).extracting(Job::getState).containsExactly(JobState.FAILED, JobState.SUCCEEDED, JobState.FAILED);
    assertThat(notifier.errors()).hasSize(2);
    assertThat(notifier.errors().get(0)).startsWith("Could not import notes.pdf: notes.pdf is not a data file");
    assertThat(notifier.errors().get(1)).startsWith("Could not import broken.csv: ");
    assertThat(notifier.infos()).containsExactly("Imported iris.csv: 150 rows, 5 columns as iris (version 1).");
  }

  @Test
  void aFolderOfPicturesSaysHowManyPerClassAndNamesTheFilesLeftOut() {
    JobRunner runner = DirectJobRunner.create();
    RecordingNotifier notifier = new RecordingNotifier();
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      ImportQueue queue = new ImportQueue(runner, () -> workbench, notifier, new DropRules(), outcome -> { });
      queue.importFiles(List.of(PictureFolders.defects(dir, PictureFolders.mixed())));
    }
    assertThat(notifier.errors()).isEmpty();
    assertThat(notifier.infos()).containsExactly("Imported defects: 165 pictures in 3 classes as defects (version 1); "
        + "2 files left out (defects/dent/empty.jpg, defects/ok/broken.png), see its Images tab.");
  }

  @Test
  void aFileWithTheSameColumnsAsAnotherDatasetAsksOncePerFileAndFollowsTheAnswer() throws IOException {
    Path january = Files.writeString(dir.resolve("loans_2025.csv"), "id,amount,defaulted\n1,100,no\n2,200,yes\n");
    Path february = Files.writeString(dir.resolve("loans_feb.csv"), "amount,id,defaulted\n3,300,no\n4,400,no\n");
    Path march = Files.writeString(dir.resolve("loans_mar.csv"), "id,amount,defaulted\n5,500,no\n6,600,yes\n");
    Path april = Files.writeString(dir.resolve("loans_apr.csv"), "id,amount,defaulted\n7,700,no\n8,800,yes\n");
    Path same = Files.writeString(dir.resolve("loans_copy.csv"), "amount,id,defaulted\n3,300,no\n4,400,no\n");
    JobRunner runner = DirectJobRunner.create();
    RecordingNotifier notifier = new RecordingNotifier();
    List<String> asked = new ArrayList<>();
    List<VersionQuestion.Answer> answers = new ArrayList<>(List.of(VersionQuestion.Answer.NEW_VERSION,
        VersionQuestion.Answer.NEW_DATASET, VersionQuestion.Answer.CANCEL, VersionQuestion.Answer.NEW_VERSION));
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      ImportQueue queue = new ImportQueue(runner, () -> workbench, notifier, new DropRules(), outcome -> { });
      queue.askVersionWith((file, ownName, existing) -> {
        asked.add(file.getFileName() + " -> " + ownName + " or " + existing.name() + " v" + existing.version());
        return answers.remove(0);
      });
      assertThat(queue.importFiles(List.of(january))).hasSize(1);
      assertThat(asked).as("nothing to compare with yet").isEmpty();

      List<Job> jobs = queue.importFiles(List.of(february, march, april, same));
      assertThat(jobs).as("the cancelled file has no job").hasSize(3);
      assertThat(asked).containsExactly(
          "loans_feb.csv -> loans_feb or loans_2025 v1",
          "loans_mar.csv -> loans_mar or loans_2025 v2",
          "loans_apr.csv -> loans_apr or loans_2025 v2",
          "loans_copy.csv -> loans_copy or loans_2025 v2");
      assertThat(workbench.datasets().listAllVersions()).extracting(d -> d.name() + "@" + d.version())
          .containsExactlyInAnyOrder("loans_2025@1", "loans_2025@2", "loans_mar@1");
    }
    assertThat(notifier.infos()).contains("Imported loans_feb.csv: 2 rows, 3 columns as loans_2025 (version 2).",
        "Import cancelled: loans_apr.csv was not imported.",
        "Imported loans_copy.csv: loans_2025 already holds this file (version 2).");
  }
}
