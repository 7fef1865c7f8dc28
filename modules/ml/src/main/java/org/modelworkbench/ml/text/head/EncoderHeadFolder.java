package org.modelworkbench.ml.text.head;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.modelworkbench.ml.text.bert.Pooling;
import org.modelworkbench.ml.text.tfidf.FitReport;
import org.modelworkbench.ml.training.AtomicFiles;
import org.modelworkbench.model.WorkbenchException;

/**
 * The files of an {@link EncoderHeadClassifier} in a model folder: the head's weights, then
 * {@value #MANIFEST} (labels, extra columns, the encoder reference, the standardisation and the
 * fit's settings and report), each written atomically, the manifest last. The encoder's own
 * weights are not copied: a built-in is named by id, a Hugging Face folder by its path relative
 * to the model folder (absolute only when it is on another drive), so a project folder can move.
 */
final class EncoderHeadFolder {
  static final String MANIFEST = "encoder-head.json";
  static final int FORMAT_VERSION = 1;
  private static final String FORMAT = "workbench-encoder-head";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /**
   * The stored encoder reference.
   *
   * @param builtIn the built-in's id, or null
   * @param folder the Hugging Face folder relative to the model folder, with '/' separators, or null
   * @param pooling the pooling
   * @param maxTokens the token limit
   * @param identity the identity line at training, to warn when the folder's weights changed
   */
  record StoredEncoder(String builtIn, String folder, Pooling pooling, int maxTokens, String identity) {}

  /**
   * The stored head.
   *
   * @param type linear or MLP
   * @param inputs head inputs (vector width plus extra columns)
   * @param hidden the MLP's hidden widths (empty for linear)
   * @param dropout the MLP's dropout
   * @param linearReport the linear head's C search (null for an MLP)
   */
  record StoredHead(HeadType type, int inputs, int[] hidden, float dropout, FitReport linearReport) {}

  record Manifest(String format, int formatVersion, List<String> labels, List<String> extraFeatures,
      StoredEncoder encoder, StoredHead head, float[] mean, float[] scale, EncoderHeadOptions options,
      EncoderHeadReport report) {}

  private EncoderHeadFolder() {}

  static void save(EncoderHeadClassifier model, Path folder) throws IOException {
    Files.createDirectories(folder);
    model.head().save(folder);
    EncoderReference ref = model.encoder();
    String relative = null;
    if (ref.folder() != null) {
      Path base = folder.toAbsolutePath().normalize();
      try {
        relative = base.relativize(ref.folder()).toString().replace('\\', '/');
      } catch (IllegalArgumentException otherRoot) {
        relative = ref.folder().toString();
      }
    }
    StoredEncoder encoder = new StoredEncoder(ref.builtInId(), relative, ref.pooling(), ref.maxTokens(),
        model.report().encoderIdentity());
    StoredHead head;
    if (model.head() instanceof LinearHead l) {
      head = new StoredHead(HeadType.LINEAR, l.dimension(), new int[0], 0, l.report());
    } else {
      MlpHead m = (MlpHead) model.head();
      head = new StoredHead(HeadType.MLP, m.inputs(), m.hidden(), model.options().dropout(), null);
    }
    // The options' encoder may hold an absolute folder: store the relative reference only.
    EncoderHeadOptions options = model.options().withEncoder(EncoderReference.defaultEncoder());
    Manifest manifest = new Manifest(FORMAT, FORMAT_VERSION, model.labels(), model.extraFeatureNames(), encoder,
        head, model.standardiser().mean(), model.standardiser().scale(), options, model.report());
    byte[] json = JSON.writeValueAsString(manifest).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(folder.resolve(MANIFEST), out -> out.write(json));
  }

  static EncoderHeadClassifier load(Path folder) throws IOException {
    Path file = folder.resolve(MANIFEST);
    if (!Files.isRegularFile(file)) {
      throw new WorkbenchException(folder + " holds no encoder-head text model (" + MANIFEST + " is missing);"
          + " choose the folder of a trained model.");
    }
    Manifest m;
    try {
      m = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), Manifest.class);
    } catch (JsonProcessingException e) {
      throw new WorkbenchException(MANIFEST + " in " + folder + " is damaged: " + e.getOriginalMessage(), e);
    }
    if (!FORMAT.equals(m.format())) {
      throw new WorkbenchException(MANIFEST + " in " + folder + " is not an encoder-head text model.");
    }
    if (m.formatVersion() > FORMAT_VERSION) {
      throw new WorkbenchException("The encoder-head model in " + folder + " is from a newer version of the"
          + " workbench (format " + m.formatVersion() + "); update the workbench to use it.");
    }
    EncoderReference ref = reference(folder, m.encoder());
    Head head = switch (m.head().type()) {
      case LINEAR -> LinearHead.load(folder, m.head().linearReport());
      case MLP -> MlpHead.load(folder, m.head().hidden(), m.head().dropout(), m.head().inputs(), m.labels().size(),
          m.report().epochs(), m.report().validationLoss());
    };
    int expected = m.mean().length + m.extraFeatures().size();
    if (m.mean().length != m.scale().length || m.head().inputs() != expected) {
      head.close();
      throw new WorkbenchException("The files of the encoder-head model in " + folder + " do not belong together;"
          + " train the model again.");
    }
    return new EncoderHeadClassifier(new EncoderHandle(ref), head, new Standardiser(m.mean(), m.scale()),
        m.labels(), m.extraFeatures(), m.options().withEncoder(ref), m.report(), null);
  }

  private static EncoderReference reference(Path folder, StoredEncoder e) {
    if (e.builtIn() != null) {
      return new EncoderReference(e.builtIn(), null, e.pooling(), e.maxTokens());
    }
    Path encoder = folder.toAbsolutePath().resolve(e.folder()).normalize();
    if (!Files.isDirectory(encoder)) {
      throw new WorkbenchException("The text model in " + folder + " needs its encoder folder " + encoder
          + ", which is gone; put the encoder back there, or train the model again.");
    }
    return new EncoderReference(null, encoder, e.pooling(), e.maxTokens());
  }
}
