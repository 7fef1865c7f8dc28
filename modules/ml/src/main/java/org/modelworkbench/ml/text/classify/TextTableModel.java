package org.modelworkbench.ml.text.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.modelworkbench.ml.features.Preprocessor;
import org.modelworkbench.ml.text.tfidf.DenseFeatures;
import org.modelworkbench.ml.training.AtomicFiles;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.Predictions;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.WorkbenchException;

/**
 * A text classifier together with the table columns it reads: the model folder a text run keeps.
 * The folder holds the classifier's own files, {@value #TABULAR_FILE} when ordinary columns join
 * the text, and the manifest {@value #MANIFEST}, written last, so a folder without it is not a
 * finished text model.
 *
 * <pre>{@code
 * try (TextTableModel model = TextTableModel.load(folder)) {
 *   Predictions p = model.predict(rows, progress, cancel);
 * }
 * }</pre>
 */
public final class TextTableModel implements AutoCloseable {
  /** The manifest that marks a text model folder. */
  public static final String MANIFEST = "text-model.json";
  /** The fitted preprocessing of the ordinary columns. */
  public static final String TABULAR_FILE = "tabular-features.json";
  /** Joins several text columns into one text, so words of different columns never run together. */
  static final String COLUMN_SEPARATOR = "\n";
  private static final int FORMAT = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TextInputs inputs;
  private final Preprocessor tabular;
  private final TextClassifier classifier;

  /**
   * Ties a classifier to its columns.
   *
   * @param inputs the columns read
   * @param tabular the fitted preprocessing of {@link TextInputs#tabularColumns()}, or null when there are none
   * @param classifier the trained classifier
   */
  public TextTableModel(TextInputs inputs, Preprocessor tabular, TextClassifier classifier) {
    if (inputs.tabularColumns().isEmpty() != (tabular == null)) {
      throw new IllegalArgumentException("the preprocessing must be given exactly when there are tabular columns");
    }
    this.inputs = inputs;
    this.tabular = tabular;
    this.classifier = classifier;
  }

  /** Whether the folder holds a finished text model. */
  public static boolean isTextModel(Path folder) {
    return Files.isRegularFile(folder.resolve(MANIFEST));
  }

  /**
   * Reads a folder written by {@link #save}.
   *
   * @param folder the model folder
   * @return the model; the caller closes it
   * @throws WorkbenchException when the folder is not a text model or its files are damaged
   */
  public static TextTableModel load(Path folder) {
    Path manifest = folder.resolve(MANIFEST);
    try {
      JsonNode json = JSON.readTree(manifest.toFile());
      if (json == null || json.path("format").asInt(0) < 1) {
        throw new WorkbenchException(manifest + " is not a text model manifest.");
      }
      if (json.path("format").asInt() > FORMAT) {
        throw new WorkbenchException(manifest + " comes from a newer version of the workbench.");
      }
      TextInputs inputs = new TextInputs(strings(json.path("textColumns")), strings(json.path("tabularColumns")));
      Preprocessor tabular = inputs.tabularColumns().isEmpty() ? null
          : Preprocessor.load(folder.resolve(TABULAR_FILE));
      TextClassifierKind kind = TextClassifierKind.ofStored(json.path("kind").asText(""));
      return new TextTableModel(inputs, tabular, kind.load(folder));
    } catch (IOException e) {
      throw new WorkbenchException("The text model in " + folder + " cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Writes the classifier's files, the preprocessing and then the manifest into the folder.
   *
   * @param folder the model folder (created if missing)
   * @throws IOException when a file cannot be written
   */
  public void save(Path folder) throws IOException {
    Files.createDirectories(folder);
    classifier.save(folder);
    if (tabular != null) {
      tabular.save(folder.resolve(TABULAR_FILE));
    }
    ObjectNode json = JSON.createObjectNode();
    json.put("format", FORMAT);
    json.put("kind", classifier.kind().stored());
    inputs.textColumns().forEach(json.putArray("textColumns")::add);
    inputs.tabularColumns().forEach(json.putArray("tabularColumns")::add);
    AtomicFiles.write(folder.resolve(MANIFEST), out -> JSON.writerWithDefaultPrettyPrinter().writeValue(out, json));
  }

  /** The columns read. */
  public TextInputs inputs() {
    return inputs;
  }

  /** The classifier. */
  public TextClassifier classifier() {
    return classifier;
  }

  /** The classes, in the order of the probabilities. */
  public List<String> labels() {
    return classifier.labels();
  }

  /**
   * The text of each row: its text columns joined, blanks and missing values as empty.
   *
   * @throws WorkbenchException naming a text column the rows lack
   */
  public List<String> texts(DataTable rows) {
    return texts(rows, inputs.textColumns());
  }

  /** The joined text of each row from the given columns. */
  public static List<String> texts(DataTable rows, List<String> textColumns) {
    int[] columns = new int[textColumns.size()];
    for (int c = 0; c < columns.length; c++) {
      String name = textColumns.get(c);
      if (!rows.hasColumn(name)) {
        throw new WorkbenchException("The rows have no column '" + name + "', which this text model reads.");
      }
      columns[c] = rows.columnIndex(name);
    }
    List<String> out = new ArrayList<>(rows.rowCount());
    StringBuilder text = new StringBuilder();
    for (int r = 0; r < rows.rowCount(); r++) {
      text.setLength(0);
      for (int c : columns) {
        Object value = rows.value(r, c);
        String part = value == null ? "" : value.toString().strip();
        if (!part.isEmpty()) {
          text.append(text.length() == 0 ? "" : COLUMN_SEPARATOR).append(part);
        }
      }
      out.add(text.toString());
    }
    return out;
  }

  /** The preprocessed ordinary columns of the rows, or null when the model reads text only. */
  public DenseFeatures extras(DataTable rows) {
    return tabular == null ? null : extras(tabular, rows);
  }

  /** The rows' ordinary columns through a fitted preprocessing, as dense features. */
  public static DenseFeatures extras(Preprocessor tabular, DataTable rows) {
    for (String name : tabular.featureColumns()) {
      if (!rows.hasColumn(name)) {
        throw new WorkbenchException("The rows have no column '" + name + "', which this text model reads.");
      }
    }
    float[][] values = tabular.transform(rows);
    double[][] wide = new double[values.length][];
    for (int r = 0; r < values.length; r++) {
      wide[r] = new double[values[r].length];
      for (int j = 0; j < values[r].length; j++) {
        wide[r][j] = values[r][j];
      }
    }
    return new DenseFeatures(tabular.outputNames(), wide);
  }

  /**
   * Predicts the rows in the classifier's bounded batches.
   *
   * @param rows rows with the model's columns
   * @param progress told the share scored
   * @param cancel checked between batches
   * @return the most probable class and the probabilities of each row
   */
  public Predictions predict(DataTable rows, ProgressListener progress, CancellationToken cancel) {
    return predictions(classifier.labels(), classifier.probabilities(texts(rows), extras(rows), progress, cancel));
  }

  /** Class predictions from probabilities: the most probable label of each row (the first on a tie). */
  public static Predictions predictions(List<String> labels, double[][] p) {
    String[] predicted = new String[p.length];
    for (int r = 0; r < p.length; r++) {
      int best = 0;
      for (int k = 1; k < p[r].length; k++) {
        if (p[r][k] > p[r][best]) {
          best = k;
        }
      }
      predicted[r] = labels.get(best);
    }
    return new Predictions(Task.CLASSIFICATION, labels, predicted, p, null);
  }

  @Override
  public void close() {
    classifier.close();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(node -> out.add(node.asText()));
    return out;
  }
}
