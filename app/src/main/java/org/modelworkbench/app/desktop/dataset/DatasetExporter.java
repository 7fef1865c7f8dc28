package org.modelworkbench.app.desktop.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.modelworkbench.app.desktop.common.ErrorText;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.app.desktop.common.Notifier;
import org.modelworkbench.app.desktop.jobs.Job;
import org.modelworkbench.app.desktop.jobs.JobRunner;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.datasets.export.ExportRequest;

/**
 * Export… of the dataset view: writes the rows as the view shows them (its filter and sort) without
 * the columns left out of training, to a CSV file or an Excel workbook, as a background job with
 * progress and Cancel in the jobs panel, and says how it went in a notification.
 */
public final class DatasetExporter {
  private final JobRunner runner;
  private final Supplier<Workbench> workbench;
  private final Notifier notifier;
  private final DatasetViewModel model;

  /**
   * Creates the action of one dataset view.
   *
   * @param runner runs the export in the background
   * @param workbench the open project
   * @param notifier tells the user how the export went
   * @param model the view whose rows, filter, sort and left-out columns are exported
   */
  public DatasetExporter(JobRunner runner, Supplier<Workbench> workbench, Notifier notifier, DatasetViewModel model) {
    this.runner = runner;
    this.workbench = workbench;
    this.notifier = notifier;
    this.model = model;
  }

  /** The file name the save chooser proposes: the dataset's name (and version after the first) as CSV. */
  public String suggestedName() {
    DatasetInfo dataset = model.dataset();
    String name = dataset.name() + (dataset.version() > 1 ? "_v" + dataset.version() : "");
    return name.replaceAll("[\\\\/:*?\"<>|]", "_") + ".csv";
  }

  /**
   * The request for the rows as the view shows them now.
   *
   * @param file the chosen file; without .csv or .xlsx it gets .csv
   */
  public ExportRequest request(Path file) {
    return ExportRequest.of(model.dataset(), withExtension(file)).withQuery(model.rows().shownQuery())
        .leavingOut(List.copyOf(model.leftOut()));
  }

  /**
   * Starts exporting the rows as the view shows them now.
   *
   * @param file the chosen file; without .csv or .xlsx it gets .csv
   * @return the job, listed in the jobs panel
   */
  public Job export(Path file) {
    ExportRequest request = request(file);
    String name = model.dataset().name();
    String target = request.output().getFileName().toString();
    return runner.job("Export " + name + " to " + target,
            context -> workbench.get().datasetExport().export(request, context.progress(), context.token()))
        .successMessage(outcome -> "Wrote " + Formats.count(outcome.rows()) + " rows")
        .onSuccess(outcome -> notifier.info("Dataset exported", Formats.count(outcome.rows())
            + (outcome.rows() == 1 ? " row" : " rows") + " of " + name + " (" + outcome.columns().size()
            + (outcome.columns().size() == 1 ? " column" : " columns") + ") are in " + outcome.file(), outcome.file()))
        .onError(error -> notifier.error("Could not export " + name, ErrorText.plainMessage(error)))
        .onCancelled(() -> notifier.info("Export cancelled", target + " was not written."))
        .start();
  }

  /** The chosen file, with .csv added when it has neither .csv nor .xlsx. */
  static Path withExtension(Path file) {
    String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return lower.endsWith(".csv") || lower.endsWith(".xlsx") ? file : file.resolveSibling(file.getFileName() + ".csv");
  }
}
