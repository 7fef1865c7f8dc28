package org.modelworkbench.app.desktop.dropimport;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.modelworkbench.app.desktop.common.ErrorText;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.app.desktop.common.Notifier;
import org.modelworkbench.app.desktop.jobs.Job;
import org.modelworkbench.app.desktop.jobs.JobRunner;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.datasets.DatasetImports;
import org.modelworkbench.services.datasets.ImportOutcome;
import org.modelworkbench.services.datasets.ImportRequest;
import org.modelworkbench.services.library.ModelImportRequest;

/**
 * Imports files one after the other as queued jobs. A file that fails shows its error in a
 * notification and in the jobs panel; the others still import.
 */
public final class ImportQueue {
  /** What quitting does to an import, said before the window quits. */
  public static final String QUIT_NOTE = "An import that has not finished keeps nothing; import the file again later.";

  private final JobRunner runner;
  private final Supplier<Workbench> workbench;
  private final Notifier notifier;
  private final DropRules rules;
  private final Consumer<ImportOutcome> onImported;
  private Runnable onModelImported = () -> { };
  private VersionQuestion question = (file, ownName, existing) -> VersionQuestion.Answer.NEW_VERSION;
  // Data files waiting for their same-columns check, asked about one at a time in drop order.
  private final Deque<Path> waiting = new ArrayDeque<>();
  private boolean checking;
  private List<Job> startedNow;

  /**
   * Creates the queue.
   *
   * @param runner runs each import as a queued job
   * @param workbench the open project
   * @param notifier tells the user how each file went
   * @param rules which files are taken
   * @param onImported called on the UI thread after each successful import
   */
  public ImportQueue(JobRunner runner, Supplier<Workbench> workbench, Notifier notifier, DropRules rules,
      Consumer<ImportOutcome> onImported) {
    this.runner = runner;
    this.workbench = workbench;
    this.notifier = notifier;
    this.rules = rules;
    this.onImported = onImported;
  }

  /**
   * Imports the accepted files and reports the refused ones. Each data file is first compared with
   * the project's datasets; one with the same columns as a dataset under another name asks whether
   * it is that dataset's new version.
   *
   * @return the import jobs started before this returns
   */
  public List<Job> importFiles(List<Path> files) {
    DropDecision decision = rules.decide(files);
    for (RefusedFile refused : decision.refused()) {
      String title = "Import " + name(refused.file());
      runner.failed(title, new WorkbenchException(refused.reason()));
      notifier.error("Could not import " + name(refused.file()), refused.reason());
    }
    List<Job> jobs = new ArrayList<>();
    for (Path file : decision.accepted()) {
      if (rules.isModel(file)) {
        jobs.add(importModel(file));
      } else {
        waiting.add(file);
      }
    }
    // The data imports that start before this returns (all of them with a runner that works on
    // the calling thread); the others start once their file has been checked.
    startedNow = jobs;
    try {
      checkNext();
    } finally {
      startedNow = null;
    }
    return jobs;
  }

  /**
   * Sets the question asked when a file has the same columns as a dataset under another name. By
   * default such a file becomes that dataset's new version without asking.
   */
  public void askVersionWith(VersionQuestion versionQuestion) {
    this.question = versionQuestion == null
        ? (file, ownName, existing) -> VersionQuestion.Answer.NEW_VERSION : versionQuestion;
  }

  /**
   * Takes the next waiting file: its header is compared with the datasets in the background, the
   * question (if any) is asked on the UI thread, its import is queued, then the next file follows.
   * The imports already queued keep running while a question waits for its answer.
   */
  private void checkNext() {
    if (checking || waiting.isEmpty()) {
      return;
    }
    checking = true;
    Path file = waiting.poll();
    runner.background().execute(() -> {
      Optional<DatasetInfo> lookalike = lookalike(file);
      runner.ui().execute(() -> {
        try {
          String name = null;
          if (lookalike.isPresent()) {
            VersionQuestion.Answer answer = question.ask(file, DatasetImports.defaultName(file), lookalike.get());
            if (answer == VersionQuestion.Answer.CANCEL) {
              notifier.info("Import cancelled", name(file) + " was not imported.");
              return;
            }
            name = answer == VersionQuestion.Answer.NEW_VERSION ? lookalike.get().name() : null;
          }
          Job job = importData(file, name);
          if (startedNow != null) {
            startedNow.add(job);
          }
        } finally {
          checking = false;
          checkNext();
        }
      });
    });
  }

  /** The dataset the file has the same columns as, if any; a failed check asks nothing. */
  private Optional<DatasetInfo> lookalike(Path file) {
    try {
      Workbench open = workbench.get();
      return open == null ? Optional.empty() : open.imports().sameColumnsAs(file, null);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private Job importData(Path file, String datasetName) {
    String name = name(file);
    return runner.job("Import " + name, context -> {
      Workbench open = workbench.get();
      if (open == null) {
        throw new WorkbenchException("No project is open yet. Wait until it has opened and drop " + name + " again.");
      }
      return open.imports().importFile(file, ImportRequest.of(datasetName, true), context.progress(), context.token());
    }).queued()
        .askBeforeQuit("Importing '" + name + "'", QUIT_NOTE)
        .successMessage(ImportQueue::summary)
        .onSuccess(outcome -> {
          notifier.info("Imported " + name, summary(outcome));
          onImported.accept(outcome);
        })
        .onError(error -> notifier.error("Could not import " + name, ErrorText.plainMessage(error)))
        .onCancelled(() -> notifier.info("Import cancelled", name + " was not imported."))
        .start();
  }

  /** Imports a dropped model file or folder into the model library. */
  private Job importModel(Path file) {
    String name = name(file);
    return runner.job("Import model " + name, context -> {
      Workbench open = workbench.get();
      if (open == null) {
        throw new WorkbenchException("No project is open yet. Wait until it has opened and drop " + name + " again.");
      }
      return open.modelImports().importModel(file, ModelImportRequest.defaults());
    }).queued()
        .askBeforeQuit("Importing '" + name + "'", QUIT_NOTE)
        .successMessage(outcome -> outcome.model().name() + ": " + outcome.signature().description() + ".")
        .onSuccess(outcome -> {
          notifier.info("Imported model " + outcome.model().name(), outcome.signature().description() + ".");
          onModelImported.run();
        })
        .onError(error -> notifier.error("Could not import " + name, ErrorText.plainMessage(error)))
        .onCancelled(() -> notifier.info("Import cancelled", name + " was not imported."))
        .start();
  }

  /**
   * Sets what runs on the UI thread after a model was imported (for example refreshing the
   * Models list).
   */
  public void onModelImported(Runnable action) {
    this.onModelImported = action == null ? () -> { } : action;
  }

  /** One line on what an import did. */
  static String summary(ImportOutcome outcome) {
    if (outcome.unchanged()) {
      return outcome.dataset().name() + " already holds this file (version " + outcome.dataset().version() + ").";
    }
    if (outcome.dataset().holdsImages()) {
      return pictureSummary(outcome);
    }
    String text = Formats.count(outcome.dataset().rows()) + " rows, " + outcome.dataset().columns().size()
        + " columns as " + outcome.dataset().name() + " (version " + outcome.dataset().version() + ")";
    if (!outcome.rejected().isEmpty()) {
      text += "; " + Formats.count(outcome.rejected().size()) + " rows rejected, see the dataset's Rejected rows";
    }
    return text + ".";
  }

  /** "600 pictures in 3 classes as defects (version 1); left out: ok/img7.png, dent/x.jpg, see its Images tab." */
  static String pictureSummary(ImportOutcome outcome) {
    var dataset = outcome.dataset();
    long classes = dataset.column("class").map(c -> c.distinct()).orElse(0L);
    String text = Formats.count(dataset.rows()) + " pictures in " + classes + (classes == 1 ? " class" : " classes")
        + " as " + dataset.name() + " (version " + dataset.version() + ")";
    List<String> leftOut = outcome.problems().stream().filter(p -> p.endsWith("; left out."))
        .map(p -> p.substring(0, Math.max(0, p.indexOf(": ")))).toList();
    if (!leftOut.isEmpty()) {
      text += "; " + leftOut.size() + (leftOut.size() == 1 ? " file" : " files") + " left out ("
          + String.join(", ", leftOut.subList(0, Math.min(3, leftOut.size())))
          + (leftOut.size() > 3 ? ", …" : "") + "), see its Images tab";
    }
    return text + ".";
  }

  private static String name(Path file) {
    return file.getFileName() == null ? file.toString() : file.getFileName().toString();
  }
}
