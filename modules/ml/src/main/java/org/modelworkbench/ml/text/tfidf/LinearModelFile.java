package org.modelworkbench.ml.text.tfidf;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.modelworkbench.ml.training.AtomicFiles;
import org.modelworkbench.model.WorkbenchException;

/**
 * The file of a {@link LinearModel}: gzip-compressed binary, a magic word and a format version,
 * the shape, then the float weights exactly. Ours rather than LIBLINEAR's text format, which
 * rounds and would tie saved models to that library.
 */
final class LinearModelFile {
  static final int FORMAT_VERSION = 1;
  private static final String MAGIC = "WB-LINEAR-WEIGHTS";

  private LinearModelFile() {}

  static void write(LinearModel model, Path file) throws IOException {
    AtomicFiles.write(file, raw -> {
      GZIPOutputStream zip = new GZIPOutputStream(raw, 1 << 16);
      DataOutputStream out = new DataOutputStream(zip);
      out.writeUTF(MAGIC);
      out.writeInt(FORMAT_VERSION);
      out.writeInt(model.classes());
      out.writeInt(model.dimension());
      int[] columnClass = model.columnClass();
      out.writeInt(columnClass.length);
      for (int c : columnClass) {
        out.writeInt(c);
      }
      out.writeInt(model.otherClass());
      for (float w : model.weights()) {
        out.writeFloat(w);
      }
      out.flush();
      zip.finish();
    });
  }

  static LinearModel read(Path file) throws IOException {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16)))) {
      if (!MAGIC.equals(in.readUTF())) {
        throw notOurs(file);
      }
      int version = in.readInt();
      if (version > FORMAT_VERSION) {
        throw new WorkbenchException("The weights in " + file.getFileName() + " are from a newer version of"
            + " the workbench (format " + version + "); update the workbench to use this model.");
      }
      int classes = in.readInt();
      int dimension = in.readInt();
      int columns = in.readInt();
      if (classes < 2 || dimension < 0 || columns < 1 || columns > classes
          || (long) (dimension + 1) * columns > Integer.MAX_VALUE - 8) {
        throw notOurs(file);
      }
      int[] columnClass = new int[columns];
      for (int i = 0; i < columns; i++) {
        columnClass[i] = in.readInt();
      }
      int otherClass = in.readInt();
      float[] weights = new float[(dimension + 1) * columns];
      for (int i = 0; i < weights.length; i++) {
        weights[i] = in.readFloat();
      }
      return new LinearModel(classes, dimension, columnClass, otherClass, weights);
    } catch (EOFException | ZipException e) {
      throw new WorkbenchException("The weights in " + file.getFileName() + " are cut short or damaged;"
          + " train the model again.", e);
    } catch (IllegalArgumentException | java.io.UTFDataFormatException e) {
      throw notOurs(file);
    }
  }

  private static WorkbenchException notOurs(Path file) {
    return new WorkbenchException(file.getFileName() + " is not a linear weights file of the workbench.");
  }
}
