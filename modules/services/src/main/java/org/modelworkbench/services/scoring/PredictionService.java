package org.modelworkbench.services.scoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.modelworkbench.data.formats.DatasetKind;
import org.modelworkbench.data.formats.DatasetRead;
import org.modelworkbench.data.formats.DatasetReaders;
import org.modelworkbench.data.formats.ReadOptions;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.Predictions;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.catalog.CatalogService;
import org.modelworkbench.store.ProjectDatabase;

/**
 * Scores the rows of a file with a run's model and writes them with the predictions to CSV.
 */
public final class PredictionService {
  private final ProjectDatabase database;
  private final CatalogService catalog;

  public PredictionService(ProjectDatabase database, CatalogService catalog) {
    this.database = database;
    this.catalog = catalog;
  }

  /**
   * Predicts every row of a CSV, xlsx or JSON Lines file, or for an image run every picture of a
   * folder (or of a CSV's {@code file} column). A text model scores in bounded batches with
   * progress and Cancel; a file without a column the model reads gets a message naming the file
   * and the column. The output file appears whole or not at all.
   *
   * @param runId the run whose model predicts
   * @param input the CSV, xlsx or JSON Lines file of rows to score (extra columns are kept, the
   *     target may be absent); for an image run a folder of pictures or a CSV with a {@code file}
   *     column
   * @param output the CSV to write: the input's columns (for a folder, {@code file}: the picture's
   *     path inside the folder), then {@code prediction}, then for classification one
   *     {@code probability_<class>} column per class
   */
  public PredictionOutcome predict(long runId, Path input, Path output, ProgressListener progress,
      CancellationToken cancel) {
    RunInfo run = catalog.run(runId);
    ModelInfo model = catalog.modelOfRun(run);
    if (ModelPredictions.takesImages(database, model)) {
      return predictImages(runId, model, input, output, progress, cancel);
    }
    if (Files.isDirectory(input)) {
      throw new WorkbenchException("Run " + runId + " predicts table rows: give a CSV, xlsx or JSON Lines file, not"
          + " the folder " + input + ".");
    }
    DataTable rows = readTable(input, progress, cancel);
    progress.progress(0.3, "Predicting " + rows.rowCount() + " rows");
    Predictions predictions = ModelPredictions.predict(database, model, rows, run.target(),
        "'" + input.getFileName() + "'", (f, m) -> progress.progress(f < 0 ? f : 0.3 + 0.6 * f, m), cancel);
    cancel.throwIfCancelled();
    List<String> added = addedColumns(rows, predictions);
    writeAtomically(output, rows, predictions, added);
    database.predictions().insert(runId, model.id(), input.toAbsolutePath().toString(),
        output.toAbsolutePath().toString(), rows.rowCount());
    progress.progress(1.0, "Wrote " + output.getFileName());
    return new PredictionOutcome(output, rows.rowCount(), added);
  }

  /**
   * The rows of a CSV, xlsx or JSON Lines file (a zip of one too), with long texts typed as text as
   * on import; a file that is no table gets the reader's plain sentence naming it.
   */
  private static DataTable readTable(Path input, ProgressListener progress, CancellationToken cancel) {
    DatasetRead read = DatasetReaders.read(input, new ReadOptions(DatasetKind.TABULAR, null, false),
        (f, m) -> progress.progress(f < 0 ? f : f * 0.3, m), cancel);
    read.deleteWorkFolder();
    return read.table();
  }

  private PredictionOutcome predictImages(long runId, ModelInfo model, Path input, Path output,
      ProgressListener progress, CancellationToken cancel) {
    ImagePredictionInput images = ImagePredictionInput.read(input, progress, cancel);
    cancel.throwIfCancelled();
    progress.progress(0.4, "Predicting " + images.files().size() + " pictures");
    Predictions predictions = ModelPredictions.predictFiles(database, model, images.files());
    cancel.throwIfCancelled();
    DataTable rows = images.rows();
    List<String> added = addedColumns(rows, predictions);
    writeAtomically(output, rows, predictions, added);
    database.predictions().insert(runId, model.id(), input.toAbsolutePath().toString(),
        output.toAbsolutePath().toString(), rows.rowCount());
    progress.progress(1.0, "Wrote " + output.getFileName()
        + (images.skipped().isEmpty() ? "" : " (" + images.skipped().size() + " unreadable pictures left out)"));
    return new PredictionOutcome(output, rows.rowCount(), added, images.skipped());
  }

  private static List<String> addedColumns(DataTable rows, Predictions predictions) {
    Set<String> taken = new HashSet<>(rows.columnNames());
    List<String> added = new ArrayList<>();
    added.add(unique("prediction", taken));
    if (predictions.task() == Task.CLASSIFICATION) {
      for (String label : predictions.classLabels()) {
        added.add(unique("probability_" + label, taken));
      }
    }
    return added;
  }

  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    for (int i = 2; taken.contains(candidate); i++) {
      candidate = name + "_" + i;
    }
    taken.add(candidate);
    return candidate;
  }

  private static void writeAtomically(Path output, DataTable rows, Predictions predictions, List<String> added) {
    Path absolute = output.toAbsolutePath();
    Path folder = absolute.getParent();
    try {
      if (folder != null) {
        Files.createDirectories(folder);
      }
      Path temp = Files.createTempFile(folder, ".prediction-", ".csv.tmp");
      try {
        PredictionCsvWriter.write(temp, rows, predictions, added);
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new WorkbenchException("Could not write " + output + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new WorkbenchException("Could not write " + output + ": " + e.getCause().getMessage(), e);
    }
  }
}
