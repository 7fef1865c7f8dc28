package org.modelworkbench.services.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.modelworkbench.ml.library.ImageTensors;
import org.modelworkbench.ml.library.Shapes;
import org.modelworkbench.ml.tensorflow.ChannelsLast;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.ImageNormalization;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.model.SignatureSpec;
import org.modelworkbench.model.TensorSpec;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.store.ArtifactStore;

/**
 * Feeds dataset rows to a SavedModel signature's input: images resized and scaled to its height,
 * width and channels, normalised as the model expects (channels last, as TensorFlow takes them),
 * or tabular columns in order.
 */
public final class SavedModelInputs {
  private static final String FILE_COLUMN = "file";

  /** The examples, flattened, and one example's shape without the batch. */
  public record Examples(float[][] values, long[] shape) {}

  private SavedModelInputs() {}

  /** The named signature, or the plain message listing the ones there are. */
  public static SignatureSpec signature(ModelSignature model, String name, String modelName) {
    return model.signatures().stream().filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow(() -> new WorkbenchException("The SavedModel '" + modelName + "' has no signature '" + name
            + "'; it has " + String.join(", ", model.signatures().stream().map(SignatureSpec::name).toList())
            + ". Pick one with --signature."));
  }

  /** The signature's float input that takes the examples. */
  static TensorSpec exampleInput(SignatureSpec signature) {
    return signature.inputs().stream().filter(t -> "float32".equals(t.dtype())).findFirst()
        .orElseThrow(() -> new WorkbenchException("The signature '" + signature.name() + "' has no float32 input "
            + "to feed images or numbers into."));
  }

  /**
   * The rows as the signature's input.
   *
   * @param rows labelled rows
   * @param target the target column (never an input)
   * @param columns tabular input columns in order, or empty for every other column
   * @param normalization how the model expects image pixels after scaling to 0…1
   */
  public static Examples of(DataTable rows, SignatureSpec signature, String target, List<String> columns,
      ArtifactStore artifacts, ImageNormalization normalization) {
    List<Long> shape = exampleInput(signature).shape();
    long[] example = Shapes.toArray(shape.subList(Math.min(1, shape.size()), shape.size()));
    if (example.length == 3) {
      return new Examples(images(rows, example, artifacts, normalization), example);
    }
    if (example.length == 1) {
      return new Examples(tabular(rows, example[0], target, columns), example);
    }
    throw new WorkbenchException("The signature '" + signature.name() + "' takes an input of shape "
        + Shapes.text(shape) + "; only images (batch×height×width×channels) and rows of numbers "
        + "(batch×features) can be fed from a dataset.");
  }

  /**
   * Image files as the signature's input.
   *
   * @throws WorkbenchException when the signature does not take images
   */
  public static Examples ofFiles(List<Path> files, SignatureSpec signature, ImageNormalization normalization) {
    List<Long> shape = exampleInput(signature).shape();
    long[] example = Shapes.toArray(shape.subList(Math.min(1, shape.size()), shape.size()));
    if (example.length != 3) {
      throw new WorkbenchException("The signature '" + signature.name() + "' takes an input of shape "
          + Shapes.text(shape) + ", not images; give a CSV of rows instead.");
    }
    return new Examples(images(files.toArray(Path[]::new), example, normalization), example);
  }

  private static float[][] images(DataTable rows, long[] hwc, ArtifactStore artifacts,
      ImageNormalization normalization) {
    if (!rows.hasColumn(FILE_COLUMN)) {
      throw new WorkbenchException("This model takes images, but the dataset has no '" + FILE_COLUMN
          + "' column of images. Use a dataset imported from a folder of images.");
    }
    String[] files = rows.textColumn(rows.columnIndex(FILE_COLUMN));
    Path[] paths = new Path[files.length];
    for (int i = 0; i < files.length; i++) {
      paths[i] = artifacts.resolve(files[i]);
    }
    return images(paths, hwc, normalization);
  }

  private static float[][] images(Path[] paths, long[] hwc, ImageNormalization normalization) {
    if (hwc[0] < 1 || hwc[1] < 1 || (hwc[2] != 1 && hwc[2] != 3)) {
      throw new WorkbenchException("The model's image input " + Shapes.text(hwc) + " needs a fixed height, width "
          + "and 1 or 3 channels.");
    }
    float[][] chw = ImageTensors.load(paths, new long[] {hwc[2], hwc[0], hwc[1]}, normalization);
    for (int i = 0; i < chw.length; i++) {
      chw[i] = ChannelsLast.fromChannelsFirst(chw[i], (int) hwc[2]);
    }
    return chw;
  }

  private static float[][] tabular(DataTable rows, long width, String target, List<String> given) {
    List<String> columns = new ArrayList<>(given);
    if (columns.isEmpty()) {
      columns.addAll(rows.columnNames());
      columns.remove(target);
    }
    if (width > 0 && width != columns.size()) {
      throw new WorkbenchException("The model takes " + width + " input columns but " + columns.size()
          + " were given (" + String.join(", ", columns) + "). Choose them with --columns a,b,c.");
    }
    float[][] out = new float[rows.rowCount()][columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      if (!rows.hasColumn(columns.get(c))) {
        throw new WorkbenchException("The dataset has no column '" + columns.get(c) + "'.");
      }
      double[] values = rows.numericColumn(rows.columnIndex(columns.get(c)));
      for (int r = 0; r < values.length; r++) {
        if (Double.isNaN(values[r])) {
          throw new WorkbenchException("The column '" + columns.get(c) + "' has a missing or non-numeric value in "
              + "row " + (r + 1) + "; the model needs numbers in every input column.");
        }
        out[r][c] = (float) values[r];
      }
    }
    return out;
  }
}
