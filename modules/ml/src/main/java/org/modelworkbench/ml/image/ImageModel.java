package org.modelworkbench.ml.image;

import ai.djl.Device;
import ai.djl.nn.Block;
import ai.djl.nn.BlockList;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelworkbench.ml.engine.EngineSetup;
import org.modelworkbench.ml.torchscript.TorchScriptClassifier;
import org.modelworkbench.ml.training.AtomicFiles;
import org.modelworkbench.model.ImageNormalization;
import org.modelworkbench.model.Predictions;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.WorkbenchException;

/** A saved image classifier, loaded for prediction on the CPU. Close it to free its memory. */
public final class ImageModel implements AutoCloseable {
  private final ImageManifest manifest;
  private final ImageNetwork network;
  private final ParameterStore parameters;

  private ImageModel(ImageManifest manifest, ImageNetwork network) {
    this.manifest = manifest;
    this.network = network;
    this.parameters = new ParameterStore(network.model().getNDManager(), false);
  }

  /** Whether a folder holds an image model (rather than a tabular one). */
  public static boolean isImageModel(Path dir) {
    return Files.isRegularFile(dir.resolve(ImageFiles.MANIFEST));
  }

  /** Whether a folder holds an image model fine-tuned from a TorchScript backbone. */
  public static boolean isFineTunedImageModel(Path dir) {
    return isImageModel(dir) && ImageFiles.readManifest(dir).fineTuned();
  }

  /**
   * Loads a model folder written by {@link ImageTrainer}.
   *
   * @throws WorkbenchException if the folder holds no readable image model
   */
  public static ImageModel load(Path dir) {
    EngineSetup.engine();
    ImageManifest manifest = ImageFiles.readManifest(dir);
    return new ImageModel(manifest, ImageNetwork.load(dir, manifest, Device.cpu()));
  }

  /**
   * Predicts the class of every image.
   *
   * @param files image files
   * @return class probabilities and predicted labels, one row per file
   * @throws WorkbenchException naming a file that cannot be read
   */
  public synchronized Predictions predict(List<Path> files) {
    int k = manifest.labels().size();
    float[][] images = ImagePixels.load(network.model().getNDManager(), files, manifest.shape(),
        manifest.imageNormalization());
    float[] logits = ImageBatches.outputs(network.model().getNDManager(),
        x -> network.model().getBlock().forward(parameters, x, false), images, manifest.shape(), k);
    double[][] probabilities = new double[files.size()][];
    String[] labels = new String[files.size()];
    for (int r = 0; r < files.size(); r++) {
      probabilities[r] = ImageBatches.softmax(logits, r * k, k);
      int best = 0;
      for (int j = 1; j < k; j++) {
        if (probabilities[r][j] > probabilities[r][best]) {
          best = j;
        }
      }
      labels[r] = manifest.labels().get(best);
    }
    return new Predictions(Task.CLASSIFICATION, manifest.labels(), labels, probabilities, null);
  }

  /** Class labels in probability column order. */
  public List<String> classLabels() {
    return manifest.labels();
  }

  /** The input shape images are resized to, for example {@code 1x8x8}. */
  public String inputShape() {
    return manifest.shape().toString();
  }

  /** How pixels become input values after scaling to [0, 1]. */
  public ImageNormalization normalization() {
    return manifest.imageNormalization();
  }

  /** Whether the model is a fine-tuned TorchScript backbone (else a network from scratch). */
  public boolean fineTuned() {
    return manifest.fineTuned();
  }

  /** The file name of the single TorchScript module {@link #exportTorchScript} writes. */
  public static final String TORCHSCRIPT_FILE = "model.pt";
  /** The file name of the input description {@link #exportTorchScript} writes beside it. */
  public static final String PREPROCESSING_FILE = "preprocessing.json";

  /**
   * Writes a fine-tuned model as one TorchScript module, {@value #TORCHSCRIPT_FILE} (backbone and
   * head; input the preprocessed images, {@code [N, C, H, W]} float32; output the class logits,
   * whose softmax gives the probabilities {@link #predict} reports), and {@value
   * #PREPROCESSING_FILE}, how to turn an image into that input.
   *
   * @param folder an existing folder
   * @throws WorkbenchException when the model is not fine-tuned from a TorchScript backbone
   * @throws IOException when writing fails
   */
  public synchronized void exportTorchScript(Path folder) throws IOException {
    if (!manifest.fineTuned()) {
      throw new WorkbenchException("Only a model fine-tuned from a TorchScript base exports as one TorchScript file.");
    }
    Path backbone = Files.createTempFile("backbone", ".pt");
    try {
      try (OutputStream out = Files.newOutputStream(backbone)) {
        JniUtils.writeModule(network.backbone(), out, false);
      }
      writeTorchScript(backbone, folder);
    } finally {
      Files.deleteIfExists(backbone);
    }
    ImageFiles.writeJson(folder.resolve(PREPROCESSING_FILE), preprocessing());
  }

  private void writeTorchScript(Path backbone, Path folder) throws IOException {
    BlockList head = network.trainedBlock().getChildren();
    TorchScriptClassifier.Head values = new TorchScriptClassifier.Head(
        values(head.get(0).getValue(), "gamma"), values(head.get(0).getValue(), "beta"),
        values(head.get(1).getValue(), "weight"), values(head.get(1).getValue(), "bias"),
        LAYER_NORM_EPSILON);
    AtomicFiles.write(folder.resolve(TORCHSCRIPT_FILE),
        out -> TorchScriptClassifier.write(backbone, values, out));
  }

  /** DJL's default layer normalisation epsilon (a float), as the engine receives it. */
  private static final double LAYER_NORM_EPSILON = 1e-5f;

  private static float[] values(Block block, String parameter) {
    return block.getParameters().get(parameter).getArray().toFloatArray();
  }

  /** What a caller of the exported module needs to know to feed it. */
  private Map<String, Object> preprocessing() {
    ImageShape shape = manifest.shape();
    ImageNormalization normalization = manifest.imageNormalization();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("input_layout", "NCHW");
    out.put("input_shape", List.of(-1, shape.channels(), shape.height(), shape.width()));
    out.put("dtype", "float32");
    out.put("color", shape.channels() == 1 ? "grayscale" : "RGB");
    out.put("channel_order", shape.channels() == 1 ? List.of("gray") : List.of("red", "green", "blue"));
    out.put("resize", Map.of("height", shape.height(), "width", shape.width(), "interpolation", "bilinear"));
    out.put("scale", "divide 0..255 pixel values by 255");
    List<Double> mean = new ArrayList<>();
    List<Double> std = new ArrayList<>();
    for (int c = 0; c < shape.channels(); c++) {
      mean.add(normalization.isNone() ? 0.0 : normalization.mean().get(normalization.mean().size() == 1 ? 0 : c));
      std.add(normalization.isNone() ? 1.0 : normalization.std().get(normalization.std().size() == 1 ? 0 : c));
    }
    out.put("mean", mean);
    out.put("std", std);
    out.put("formula", "input[c] = (pixel[c] / 255 - mean[c]) / std[c]");
    out.put("output", "logits [N, classes]; softmax over dim 1 gives the class probabilities, in labels.txt order");
    out.put("labels", manifest.labels());
    return out;
  }

  @Override
  public void close() {
    network.close();
  }
}
