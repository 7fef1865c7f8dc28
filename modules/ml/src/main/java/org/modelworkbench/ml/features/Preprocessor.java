package org.modelworkbench.ml.features;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.WorkbenchException;

/**
 * The fitted preprocessing of a model's feature columns, in column order.
 *
 * <p>Numbers, dates and timestamps are median-imputed and standardised (plus a "was missing" input
 * when training had gaps); booleans become 0/1 with the training mode for gaps; categories become
 * one-hot inputs of the {@value #MAX_CATEGORIES} most frequent training values plus an "other"
 * input for the rest. Free-text columns are refused: their features come from a text model. Instances are immutable and are saved with Jackson.
 */
public final class Preprocessor {
  /** The JSON layout written by this version. */
  public static final int FORMAT_VERSION = 1;
  /** Categories beyond this many (by frequency) share one "other" input. */
  public static final int MAX_CATEGORIES = 50;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final List<ColumnEncoder> columns;
  private final int width;

  @JsonCreator
  Preprocessor(
      @JsonProperty("formatVersion") int formatVersion,
      @JsonProperty("columns") List<ColumnEncoder> columns) {
    if (formatVersion > FORMAT_VERSION) {
      throw new WorkbenchException("The saved preprocessing is from a newer version of the"
          + " workbench (format " + formatVersion + "); update the workbench to use it.");
    }
    this.columns = List.copyOf(columns);
    this.width = this.columns.stream().mapToInt(ColumnEncoder::width).sum();
  }

  /**
   * Fits the preprocessing on training rows.
   *
   * @param train the training rows only (never validation or test rows)
   * @param featureColumns the columns to use, in the order their inputs will appear
   * @return the fitted preprocessing
   * @throws WorkbenchException if there are no feature columns or one is not in the table
   */
  public static Preprocessor fit(DataTable train, List<String> featureColumns) {
    if (featureColumns.isEmpty()) {
      throw new WorkbenchException("Choose at least one feature column.");
    }
    if (new HashSet<>(featureColumns).size() != featureColumns.size()) {
      throw new WorkbenchException("A feature column is listed twice: " + featureColumns + ".");
    }
    List<ColumnEncoder> encoders = new ArrayList<>(featureColumns.size());
    for (String name : featureColumns) {
      int index = requireColumn(train, name);
      Object[] values = train.columnValues(index);
      ColumnType type = train.columns().get(index).type();
      encoders.add(switch (type) {
        case INTEGER, DECIMAL, DATE, TIMESTAMP -> NumericEncoder.fit(name, values);
        case BOOLEAN -> FlagEncoder.fit(name, values);
        case CATEGORICAL -> CategoricalEncoder.fit(name, values, MAX_CATEGORIES);
        // One-hot inputs of mostly different texts carry nothing; text is read by the text routes.
        case TEXT -> throw new WorkbenchException("'" + name + "' is free text, which the table"
            + " preprocessing does not read; leave it out of the features or use a text model.");
      });
    }
    return new Preprocessor(FORMAT_VERSION, encoders);
  }

  /**
   * Encodes every row of a table.
   *
   * @param table rows holding at least the feature columns (other columns are ignored)
   * @return one row of {@link #outputWidth()} inputs per table row
   * @throws WorkbenchException if a feature column is missing from the table
   */
  public float[][] transform(DataTable table) {
    int[] sourceColumns = new int[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      sourceColumns[c] = requireColumn(table, columns.get(c).column());
    }
    float[][] out = new float[table.rowCount()][width];
    for (int c = 0; c < columns.size(); c++) {
      ColumnEncoder encoder = columns.get(c);
      int offset = offsetOf(c);
      for (int r = 0; r < out.length; r++) {
        encoder.encode(table.value(r, sourceColumns[c]), out[r], offset);
      }
    }
    return out;
  }

  private int offsetOf(int columnPosition) {
    int offset = 0;
    for (int c = 0; c < columnPosition; c++) {
      offset += columns.get(c).width();
    }
    return offset;
  }

  private static int requireColumn(DataTable table, String name) {
    if (!table.hasColumn(name)) {
      throw new WorkbenchException("The data has no column '" + name + "' that the model needs.");
    }
    return table.columnIndex(name);
  }

  /** Number of inputs per row that {@link #transform} produces. */
  @JsonIgnore
  public int outputWidth() {
    return width;
  }

  /** The feature columns, in input order. */
  @JsonIgnore
  public List<String> featureColumns() {
    return columns.stream().map(ColumnEncoder::column).toList();
  }

  /** A readable name for each input, for example {@code island=Biscoe} or {@code age (missing)}. */
  @JsonIgnore
  public List<String> outputNames() {
    List<String> names = new ArrayList<>(width);
    columns.forEach(c -> names.addAll(c.outputNames()));
    return names;
  }

  /** The JSON layout version, written so later versions can read older files. */
  @JsonProperty("formatVersion")
  int formatVersion() {
    return FORMAT_VERSION;
  }

  /** The fitted encoders, for JSON. */
  @JsonProperty("columns")
  List<ColumnEncoder> columns() {
    return columns;
  }

  /** This preprocessing as JSON text. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Preprocessing could not be written as JSON", e);
    }
  }

  /**
   * Reads preprocessing written by {@link #toJson()}.
   *
   * @param json the text
   * @return the preprocessing
   * @throws WorkbenchException if the text is not a saved preprocessing
   */
  public static Preprocessor fromJson(String json) {
    try {
      return JSON.readValue(json, Preprocessor.class);
    } catch (JsonProcessingException e) {
      throw new WorkbenchException("The saved preprocessing is damaged: "
          + e.getOriginalMessage(), e);
    }
  }

  /**
   * Writes {@link #toJson()} to a file (UTF-8).
   *
   * @param file the file, replaced if it exists
   * @throws IOException if the file cannot be written
   */
  public void save(Path file) throws IOException {
    Files.writeString(file, toJson(), StandardCharsets.UTF_8);
  }

  /**
   * Reads a file written by {@link #save(Path)}.
   *
   * @param file the file
   * @return the preprocessing
   * @throws IOException if the file cannot be read
   * @throws WorkbenchException if it is not a saved preprocessing
   */
  public static Preprocessor load(Path file) throws IOException {
    return fromJson(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Preprocessor other && columns.equals(other.columns);
  }

  @Override
  public int hashCode() {
    return columns.hashCode();
  }

  @Override
  public String toString() {
    return "Preprocessor" + outputNames();
  }
}
