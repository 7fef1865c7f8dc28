package org.modelworkbench.ml.text.tfidf;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.modelworkbench.ml.training.AtomicFiles;
import org.modelworkbench.model.WorkbenchException;

/**
 * The file of a fitted {@link TfidfFeaturizer}: gzip-compressed binary, a magic word and a format
 * version, the settings, then each block's terms (UTF-8) with their idf weights as exact doubles,
 * so a loaded featuriser gives bit-identical vectors. 250,000 terms take about 2 MB.
 */
final class FeaturizerFile {
  /** The layout written by this version. */
  static final int FORMAT_VERSION = 1;
  private static final String MAGIC = "WB-TFIDF-FEATURES";

  private FeaturizerFile() {}

  static void write(TfidfFeaturizer featurizer, Path file) throws IOException {
    AtomicFiles.write(file, raw -> {
      GZIPOutputStream zip = new GZIPOutputStream(raw, 1 << 16);
      DataOutputStream out = new DataOutputStream(zip);
      out.writeUTF(MAGIC);
      out.writeInt(FORMAT_VERSION);
      TfidfOptions o = featurizer.options();
      out.writeInt(o.wordNgramMin());
      out.writeInt(o.wordNgramMax());
      out.writeInt(o.charNgramMin());
      out.writeInt(o.charNgramMax());
      out.writeBoolean(o.lowercase());
      out.writeBoolean(o.sublinearTf());
      out.writeInt(o.minDocumentFrequency());
      out.writeInt(o.maxWordFeatures());
      out.writeInt(o.maxCharFeatures());
      out.writeInt(featurizer.trainingDocuments());
      writeBlock(out, featurizer.words());
      writeBlock(out, featurizer.chars());
      out.flush();
      zip.finish();
    });
  }

  private static void writeBlock(DataOutputStream out, TermBlock block) throws IOException {
    out.writeInt(block.size());
    for (int i = 0; i < block.size(); i++) {
      byte[] utf8 = block.term(i).getBytes(StandardCharsets.UTF_8);
      out.writeInt(utf8.length);
      out.write(utf8);
      out.writeDouble(block.idf(i));
    }
  }

  static TfidfFeaturizer read(Path file) throws IOException {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
        DataInputStream in = new DataInputStream(new GZIPInputStream(raw, 1 << 16))) {
      String magic = in.readUTF();
      if (!MAGIC.equals(magic)) {
        throw notOurs(file);
      }
      int version = in.readInt();
      if (version > FORMAT_VERSION) {
        throw new WorkbenchException("The text features in " + file.getFileName() + " are from a newer"
            + " version of the workbench (format " + version + "); update the workbench to use this model.");
      }
      TfidfOptions options = new TfidfOptions(in.readInt(), in.readInt(), in.readInt(), in.readInt(),
          in.readBoolean(), in.readBoolean(), in.readInt(), in.readInt(), in.readInt());
      int documents = in.readInt();
      TermBlock words = readBlock(in, file);
      TermBlock chars = readBlock(in, file);
      return new TfidfFeaturizer(options, documents, words, chars);
    } catch (EOFException | java.util.zip.ZipException e) {
      throw new WorkbenchException("The text features in " + file.getFileName() + " are cut short or"
          + " damaged; train the model again.", e);
    } catch (java.io.UTFDataFormatException e) {
      throw notOurs(file);
    }
  }

  private static TermBlock readBlock(DataInputStream in, Path file) throws IOException {
    int size = in.readInt();
    if (size < 0 || size > 5_000_000) {
      throw notOurs(file);
    }
    String[] terms = new String[size];
    double[] idf = new double[size];
    for (int i = 0; i < size; i++) {
      int length = in.readInt();
      if (length < 0 || length > 1 << 20) {
        throw notOurs(file);
      }
      byte[] utf8 = in.readNBytes(length);
      if (utf8.length != length) {
        throw new EOFException();
      }
      terms[i] = new String(utf8, StandardCharsets.UTF_8);
      idf[i] = in.readDouble();
    }
    return new TermBlock(terms, idf);
  }

  private static WorkbenchException notOurs(Path file) {
    return new WorkbenchException(file.getFileName() + " is not a TF-IDF features file of the workbench.");
  }
}
