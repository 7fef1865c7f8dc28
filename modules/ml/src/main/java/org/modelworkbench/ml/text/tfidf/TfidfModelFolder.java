package org.modelworkbench.ml.text.tfidf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.modelworkbench.ml.training.AtomicFiles;
import org.modelworkbench.model.WorkbenchException;

/**
 * The files of a {@link TfidfTextClassifier} in a model folder. The features and the weights are
 * written first and the manifest last, each atomically, so a folder with a manifest is complete;
 * other files in the folder (a run's own records) are left alone.
 */
final class TfidfModelFolder {
  /** The manifest; its presence marks a complete model. */
  static final String MANIFEST = "tfidf-model.json";
  /** The vocabulary with idf weights ({@link FeaturizerFile}). */
  static final String FEATURES = "tfidf-features.bin";
  /** The linear weights ({@link LinearModelFile}). */
  static final String WEIGHTS = "tfidf-weights.bin";
  /** The manifest layout written by this version. */
  static final int FORMAT_VERSION = 1;
  private static final String FORMAT = "workbench-tfidf-text-classifier";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /**
   * What the manifest holds.
   *
   * @param format always {@value #FORMAT}
   * @param formatVersion the manifest layout
   * @param labels the classes, in the order of the probabilities
   * @param extraFeatures the names of the dense columns appended to the text features
   * @param options the settings of the fit
   * @param report what the fit chose and measured
   */
  record Manifest(String format, int formatVersion, List<String> labels, List<String> extraFeatures,
      TfidfClassifierOptions options, FitReport report) {}

  private TfidfModelFolder() {}

  static void save(TfidfTextClassifier model, Path folder) throws IOException {
    Files.createDirectories(folder);
    model.featurizer().save(folder.resolve(FEATURES));
    LinearModelFile.write(model.linear(), folder.resolve(WEIGHTS));
    Manifest manifest = new Manifest(FORMAT, FORMAT_VERSION, model.labels(), model.extraFeatureNames(),
        model.options(), model.report());
    byte[] json = JSON.writeValueAsString(manifest).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(folder.resolve(MANIFEST), out -> out.write(json));
  }

  static TfidfTextClassifier load(Path folder) throws IOException {
    Path manifestFile = folder.resolve(MANIFEST);
    if (!Files.isRegularFile(manifestFile)) {
      throw new WorkbenchException(folder + " holds no TF-IDF text model (" + MANIFEST + " is missing);"
          + " choose the folder of a trained model.");
    }
    Manifest manifest;
    try {
      manifest = JSON.readValue(Files.readString(manifestFile, StandardCharsets.UTF_8), Manifest.class);
    } catch (JsonProcessingException e) {
      throw new WorkbenchException(MANIFEST + " in " + folder + " is damaged: " + e.getOriginalMessage(), e);
    }
    if (!FORMAT.equals(manifest.format())) {
      throw new WorkbenchException(MANIFEST + " in " + folder + " is not a TF-IDF text model.");
    }
    if (manifest.formatVersion() > FORMAT_VERSION) {
      throw new WorkbenchException("The TF-IDF model in " + folder + " is from a newer version of the workbench"
          + " (format " + manifest.formatVersion() + "); update the workbench to use it.");
    }
    TfidfFeaturizer featurizer = TfidfFeaturizer.load(folder.resolve(FEATURES));
    LinearModel linear = LinearModelFile.read(folder.resolve(WEIGHTS));
    int expected = featurizer.dimension() + manifest.extraFeatures().size();
    if (linear.dimension() != expected || linear.classes() != manifest.labels().size()) {
      throw new WorkbenchException("The files of the TF-IDF model in " + folder + " do not belong together"
          + " (weights for " + linear.dimension() + " inputs and " + linear.classes() + " classes, features "
          + expected + " and " + manifest.labels().size() + "); train the model again.");
    }
    return new TfidfTextClassifier(featurizer, linear, manifest.labels(), manifest.extraFeatures(),
        manifest.options(), manifest.report());
  }
}
