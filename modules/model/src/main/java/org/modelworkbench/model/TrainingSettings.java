package org.modelworkbench.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything that decides how a model is trained. Two runs with equal settings on the same data
 * version give the same metrics.
 *
 * @param target the column to predict
 * @param task classification or regression; null means infer from the target column
 * @param modelKind the network kind
 * @param epochs maximum number of epochs
 * @param batchSize rows per batch
 * @param learningRate Adam learning rate
 * @param seed seed of the split, the weight initialisation and the shuffling
 * @param device requested device: {@code auto}, {@code cpu}, {@code gpu} or {@code gpu:N}
 * @param threads operator threads for the engine (0 = the measured default)
 * @param baseModel name of a project model to start from, or null
 * @param hiddenUnits hidden layer widths of the MLP
 * @param patience epochs without a better validation loss before early stopping
 * @param validationFraction share of rows for validation
 * @param testFraction share of rows for the test split
 * @param excludedColumns columns not used as features (for example ID-like columns)
 */
public record TrainingSettings(
    String target,
    Task task,
    ModelKind modelKind,
    int epochs,
    int batchSize,
    double learningRate,
    long seed,
    String device,
    int threads,
    String baseModel,
    List<Integer> hiddenUnits,
    int patience,
    double validationFraction,
    double testFraction,
    List<String> excludedColumns) {

  /** The widest hidden layer accepted: wider ones exhaust memory before they help. */
  public static final int MAX_HIDDEN_UNITS = 65_536;

  /** Normalises lists and checks ranges. */
  public TrainingSettings {
    hiddenUnits = hiddenUnits == null ? List.of() : List.copyOf(hiddenUnits);
    excludedColumns = excludedColumns == null ? List.of() : List.copyOf(excludedColumns);
    if (epochs < 1) {
      throw new WorkbenchException("Epochs must be at least 1.");
    }
    if (batchSize < 1) {
      throw new WorkbenchException("Batch size must be at least 1.");
    }
    if (!(learningRate > 0) || learningRate > 10) {
      throw new WorkbenchException("Learning rate must be above 0 and at most 10.");
    }
    if (validationFraction <= 0 || testFraction <= 0 || validationFraction + testFraction >= 0.9) {
      throw new WorkbenchException("Validation and test shares must be above 0 and leave most rows for training.");
    }
    for (int units : hiddenUnits) {
      if (units < 1 || units > MAX_HIDDEN_UNITS) {
        throw new WorkbenchException("Hidden layer widths must be between 1 and " + MAX_HIDDEN_UNITS
            + "; got " + units + ".");
      }
    }
    if (threads < 0) {
      throw new WorkbenchException("Threads must be 0 (default) or more.");
    }
  }

  /** Sensible defaults for a target: an MLP, 100 epochs at most, early stopping. */
  public static TrainingSettings defaults(String target) {
    return defaults(target, ModelKind.MLP);
  }

  /**
   * Defaults for a target and a model kind. Measured against scikit-learn on public sets: the MLP
   * at learning rate 0.003 matched logistic regression within a point; a linear model needs 0.03
   * to converge within the epoch budget (0.003 underfits). A CNN on images: 30 epochs at most,
   * learning rate 0.003, early stopping after 5 epochs without improvement. Text: TF-IDF fits once;
   * an encoder fine-tunes for 3 epochs at 3e-5 in batches of 16, stopping after 1 epoch without a
   * better validation loss.
   */
  public static TrainingSettings defaults(String target, ModelKind kind) {
    if (kind == ModelKind.TFIDF) {
      // One fit: the regularisation is chosen by cross-validation, so epochs and rate are unused.
      return new TrainingSettings(target, null, kind, 1, 32, 1.0, 42L, "auto", 0, null,
          List.of(), 1, 0.15, 0.2, List.of());
    }
    if (kind == ModelKind.ENCODER) {
      // Fine-tuning a BERT-family encoder: a few epochs at a small rate (the head trains at ten times it).
      return new TrainingSettings(target, null, kind, 3, 16, 3e-5, 42L, "auto", 0, null,
          List.of(), 1, 0.15, 0.2, List.of());
    }
    if (kind == ModelKind.CNN) {
      return new TrainingSettings(target, null, kind, 30, 32, 0.003, 42L, "auto", 0, null,
          List.of(), 5, 0.15, 0.2, List.of());
    }
    double learningRate = kind == ModelKind.LINEAR ? 0.03 : 0.003;
    return new TrainingSettings(target, null, kind, 100, 32, learningRate, 42L, "auto", 0, null,
        List.of(64, 32), 10, 0.15, 0.2, List.of());
  }

  /** A copy with another task. */
  public TrainingSettings withTask(Task newTask) {
    return new TrainingSettings(target, newTask, modelKind, epochs, batchSize, learningRate, seed,
        device, threads, baseModel, hiddenUnits, patience, validationFraction, testFraction, excludedColumns);
  }

  /** The hyperparameters as text, in a stable order, for storage and comparison. */
  public Map<String, String> asMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("target", target);
    m.put("task", task == null ? "auto" : task.label());
    m.put("model", modelKind.label());
    m.put("epochs", Integer.toString(epochs));
    m.put("batch_size", Integer.toString(batchSize));
    m.put("learning_rate", plain(learningRate));
    m.put("seed", Long.toString(seed));
    m.put("device", device);
    m.put("threads", Integer.toString(threads));
    m.put("base_model", baseModel == null ? "" : baseModel);
    m.put("hidden_units", hiddenUnits.toString());
    m.put("patience", Integer.toString(patience));
    m.put("validation_fraction", Double.toString(validationFraction));
    m.put("test_fraction", Double.toString(testFraction));
    m.put("excluded_columns", String.join(",", excludedColumns));
    return m;
  }

  /** A number as Java writes it, but never in exponent form ("0.0003", not "3.0E-4"). */
  public static String plain(double value) {
    String text = Double.toString(value);
    return text.contains("E") ? java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : text;
  }
}
