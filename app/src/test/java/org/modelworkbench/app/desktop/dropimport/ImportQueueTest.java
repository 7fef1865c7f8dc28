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
import org.modelworkbench.app.desktop.jobs.JobRunner;
import org.modelworkbench.app.desktop.jobs.JobState;
import org.modelworkbench.app.desktop.support.PictureFolders;
import org.modelworkbench.app.desktop.support.RecordingNotifier;
import org.modelworkbench.app.desktop.support.TestProjects;
import org.modelworkbench.services.ImportOutcome;
import org.modelworkbench.services.Workbench;

/** Importing several files as jobs: a bad one fails alone. Real services, no screen. */
class ImportQueueTest {
  @TempDir
  Path dir;

  @Test
  void eachFileIsAJobAndAFailureLeavesTheOthersImported() throws IOException {
    Path pdf = Files.writeString(dir.resolve("notes.pdf"), "%PDF-1.4");
    Path broken = Files.writeString(dir.resolve("broken.csv"), "a,b\n");
    JobRunner runner = JobRunner.direct();
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
    JobRunner runner = JobRunner.direct();
    RecordingNotifier notifier = new RecordingNotifier();
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      ImportQueue queue = new ImportQueue(runner, () -> workbench, notifier, new DropRules(), outcome -> { });
      queue.importFiles(List.of(PictureFolders.defects(dir, PictureFolders.mixed())));
    }
    assertThat(notifier.errors()).isEmpty();
    assertThat(notifier.infos()).containsExactly("Imported defects: 165 pictures in 3 classes as defects (version 1); "
        + "2 files left out (defects/dent/empty.jpg, defects/ok/broken.png), see its Images tab.");
  }
}
