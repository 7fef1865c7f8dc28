package org.modelworkbench.services.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.ValueCount;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.report.HtmlReportWriter;
import org.modelworkbench.report.ImageSummary;
import org.modelworkbench.report.PdfReportWriter;
import org.modelworkbench.report.ReportContent;
import org.modelworkbench.report.TextExample;
import org.modelworkbench.report.Thumbnail;
import org.modelworkbench.services.catalog.CatalogService;
import org.modelworkbench.services.datasets.DatasetService;
import org.modelworkbench.services.scoring.EvaluationService;
import org.modelworkbench.store.ProjectDatabase;

/**
 * Writes a run's report: data summary, settings, device, curves, test metrics, and for image and
 * text datasets a few of the model's mistakes (and, for text, right answers) to look at.
 */
public final class ReportService {
  private final ProjectDatabase database;
  private final CatalogService catalog;
  private final DatasetService datasets;
  private final EvaluationService evaluation;

  public ReportService(ProjectDatabase database, CatalogService catalog, DatasetService datasets,
      EvaluationService evaluation) {
    this.database = database;
    this.catalog = catalog;
    this.datasets = datasets;
    this.evaluation = evaluation;
  }

  /** Gathers everything a report of the run shows. */
  public ReportContent content(long runId) {
    RunInfo run = catalog.run(runId);
    DatasetInfo dataset = datasets.find(run.datasetId());
    List<ValueCount> balance = run.task() == Task.CLASSIFICATION
        ? datasets.valueCounts(dataset, run.target()) : List.of();
    ModelInfo model = run.modelId() == null ? null : catalog.model(run.modelId());
    String title = "Run " + run.id() + ": " + run.target() + " on " + dataset.name();
    if (!dataset.holdsImages()) {
      List<TextExample> texts = model != null && TextReportParts.applies(run, dataset)
          ? TextReportParts.examples(evaluation, run) : List.of();
      return new ReportContent(title, dataset, balance, run, model, catalog.curve(runId),
          run.testMetrics(), Instant.now(), null, List.of(), texts);
    }
    // Pictures: sizes and colours instead of a column table, and a few of the model's mistakes.
    ImageSummary images = ImageReportParts.summary(database.datasets().rows(dataset.id()));
    List<Thumbnail> mistakes = model != null && ImageReportParts.hasMistakes(run)
        ? ImageReportParts.thumbnails(evaluation.misclassifiedTestRows(runId), database.artifacts()) : List.of();
    return new ReportContent(title, dataset, balance, run, model, catalog.curve(runId),
        run.testMetrics(), Instant.now(), images, mistakes);
  }

  /**
   * Writes the report of a run. The file appears whole or not at all.
   *
   * @return the file written
   */
  public Path write(long runId, ReportFormat format, Path out) {
    ReportContent content = content(runId);
    Path absolute = out.toAbsolutePath();
    try {
      Path folder = absolute.getParent();
      if (folder != null) {
        Files.createDirectories(folder);
      }
      Path temp = Files.createTempFile(folder, ".report-", format.extension() + ".tmp");
      try {
        switch (format) {
          case HTML -> new HtmlReportWriter().write(content, temp);
          case PDF -> new PdfReportWriter().write(content, temp);
          default -> throw new IllegalStateException(format.name());
        }
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new WorkbenchException("Could not write the report to " + out + ": " + e.getMessage(), e);
    }
    return absolute;
  }
}
