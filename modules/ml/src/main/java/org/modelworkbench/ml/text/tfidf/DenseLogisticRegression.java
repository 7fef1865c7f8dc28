package org.modelworkbench.ml.text.tfidf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ProgressListener;

/**
 * The L2 logistic regression of the TF-IDF classifier, with C chosen by the same stratified
 * cross-validation, for dense inputs (for example a frozen encoder's text vectors): other text
 * routes reuse the solver, the search and the exact float weights file without reaching into this
 * package's internals.
 */
public final class DenseLogisticRegression {
  private final LinearModel model;
  private final FitReport report;

  private DenseLogisticRegression(LinearModel model, FitReport report) {
    this.model = model;
    this.report = report;
  }

  /**
   * Fits on dense rows.
   *
   * @param rows one input vector per example, all of one width
   * @param classes the class index of every example, below {@code classCount}
   * @param classCount the number of classes
   * @param grid the C values tried (one value: no search)
   * @param folds cross-validation folds that pick C
   * @param seed folds and solver order
   * @param progress told the share done
   * @param cancel checked between fits
   * @return the fitted model
   */
  public static DenseLogisticRegression fit(float[][] rows, int[] classes, int classCount,
      List<Double> grid, int folds, long seed, ProgressListener progress, CancellationToken cancel) {
    long started = System.nanoTime();
    int dimension = rows.length == 0 ? 0 : rows[0].length;
    List<SparseVector> vectors = new ArrayList<>(rows.length);
    int[] all = new int[dimension];
    for (int i = 0; i < dimension; i++) {
      all[i] = i;
    }
    for (float[] row : rows) {
      if (row.length != dimension) {
        throw new IllegalArgumentException("rows of " + row.length + " and " + dimension + " values");
      }
      vectors.add(new SparseVector(all, row));
    }
    TfidfClassifierOptions options = TfidfClassifierOptions.defaults().withRegularisationGrid(grid)
        .withSeed(seed);
    options = new TfidfClassifierOptions(options.features(), options.regularisationGrid(), folds,
        options.weighting(), seed, options.predictionBatchSize());
    LinearTrainer trainer = new LinearTrainer(vectors, classes, classCount, dimension);
    LinearModel linear;
    RegularisationSearch.Result search;
    try (ParallelFits pool = ParallelFits.perProcessor()) {
      search = RegularisationSearch.search(trainer, vectors, classes, classCount, options, pool,
          progress, cancel);
      cancel.throwIfCancelled();
      progress.progress(0.95, String.format(Locale.ROOT, "Training on all %,d rows with C = %s",
          rows.length, search.chosenC()));
      linear = trainer.train(search.chosenC(), options.weighting(), seed, pool);
    }
    FitReport report = new FitReport(search.chosenC(), search.candidates(), search.folds(),
        rows.length, 0, 0, dimension, (System.nanoTime() - started) / 1e9);
    return new DenseLogisticRegression(linear, report);
  }

  /** The class probabilities of one input vector, indexed by class. */
  public double[] probabilities(float[] row) {
    int[] all = new int[row.length];
    for (int i = 0; i < row.length; i++) {
      all[i] = i;
    }
    return model.probabilities(new SparseVector(all, row));
  }

  /** The number of inputs. */
  public int dimension() {
    return model.dimension();
  }

  /** The number of classes. */
  public int classes() {
    return model.classes();
  }

  /** What the fit chose (C) and measured (the cross-validation scores). */
  public FitReport report() {
    return report;
  }

  /** Writes the weights exactly (the TF-IDF classifier's weights file), atomically. */
  public void write(Path file) throws IOException {
    LinearModelFile.write(model, file);
  }

  /**
   * Reads weights written by {@link #write}.
   *
   * @param file the file
   * @param report the fit's report, as stored by the caller
   * @return the model, predicting exactly as the written one
   * @throws IOException when the file cannot be read
   */
  public static DenseLogisticRegression read(Path file, FitReport report) throws IOException {
    return new DenseLogisticRegression(LinearModelFile.read(file), report);
  }
}
