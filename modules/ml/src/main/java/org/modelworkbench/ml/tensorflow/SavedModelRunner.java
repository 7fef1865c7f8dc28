package org.modelworkbench.ml.tensorflow;

import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.modelworkbench.model.WorkbenchException;

/**
 * A TensorFlow SavedModel loaded with DJL's TensorFlow engine for inference on one of its
 * signatures (for example {@code serving_default} or {@code features}). Close it to free the
 * engine's memory.
 */
public final class SavedModelRunner implements AutoCloseable {
  /** The signature TensorFlow serves by default. */
  public static final String SERVING = "serving_default";

  private final ZooModel<NDList, NDList> model;
  private final Predictor<NDList, NDList> predictor;
  private final String name;
  private final String signature;

  private SavedModelRunner(ZooModel<NDList, NDList> model, String name, String signature) {
    this.model = model;
    this.predictor = model.newPredictor();
    this.name = name;
    this.signature = signature;
  }

  /**
   * Loads a SavedModel folder for the given signature.
   *
   * @param folder the folder holding {@code saved_model.pb}
   * @param signature the signature to call, for example {@value #SERVING}
   * @return the loaded model
   * @throws WorkbenchException naming the folder when the engine cannot load it
   */
  public static SavedModelRunner load(Path folder, String signature) {
    String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
    TensorFlowSetup.engine();
    Criteria<NDList, NDList> criteria = Criteria.builder()
        .setTypes(NDList.class, NDList.class)
        .optModelPath(folder.toAbsolutePath())
        .optEngine(TensorFlowSetup.ENGINE_NAME)
        .optOption("Tags", "serve")
        .optOption("SignatureDefKey", signature)
        .optTranslator(new NoopTranslator())
        .build();
    try {
      return new SavedModelRunner(criteria.loadModel(), name, signature);
    } catch (ModelNotFoundException | MalformedModelException | IOException | RuntimeException e) {
      throw new WorkbenchException("The SavedModel " + name + " could not be loaded by TensorFlow (signature '"
          + signature + "'): " + e.getMessage(), e);
    }
  }

  /**
   * Runs a batch through the signature's first input and returns its first output, flattened per
   * example.
   *
   * @param inputs the examples, each flattened in row-major order to {@code exampleShape}
   * @param exampleShape one example's dimensions without the batch, for example {@code {8, 8, 1}}
   * @return one row of outputs per example
   * @throws WorkbenchException when the model fails on the batch
   */
  public float[][] forward(float[][] inputs, long[] exampleShape) {
    int n = inputs.length;
    long[] batched = new long[exampleShape.length + 1];
    batched[0] = n;
    System.arraycopy(exampleShape, 0, batched, 1, exampleShape.length);
    int width = (int) new Shape(exampleShape).size();
    float[] flat = new float[n * width];
    for (int i = 0; i < n; i++) {
      if (inputs[i].length != width) {
        throw new WorkbenchException("Example " + (i + 1) + " has " + inputs[i].length + " values but the model "
            + name + " takes " + width + ".");
      }
      System.arraycopy(inputs[i], 0, flat, i * width, width);
    }
    try (NDManager manager = model.getNDManager().newSubManager()) {
      NDArray x = manager.create(flat, new Shape(batched));
      NDList out = predictor.predict(new NDList(x));
      float[] values = out.get(0).toType(DataType.FLOAT32, false).toFloatArray();
      int outWidth = values.length / Math.max(n, 1);
      float[][] rows = new float[n][];
      for (int i = 0; i < n; i++) {
        rows[i] = Arrays.copyOfRange(values, i * outWidth, (i + 1) * outWidth);
      }
      return rows;
    } catch (TranslateException | RuntimeException e) {
      throw new WorkbenchException("The SavedModel " + name + " failed on its input (signature '" + signature
          + "'): " + e.getMessage(), e);
    }
  }

  /** Runs many examples in batches of {@code batch}; see {@link #forward(float[][], long[])}. */
  public float[][] forwardAll(float[][] inputs, long[] exampleShape, int batch) {
    float[][] out = new float[inputs.length][];
    for (int start = 0; start < inputs.length; start += batch) {
      int end = Math.min(inputs.length, start + batch);
      float[][] part = forward(Arrays.copyOfRange(inputs, start, end), exampleShape);
      System.arraycopy(part, 0, out, start, part.length);
    }
    return out;
  }

  @Override
  public void close() {
    predictor.close();
    model.close();
  }
}
