package org.modelworkbench.ml.torchscript;

import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.modelworkbench.ml.engine.EngineSetup;
import org.modelworkbench.model.WorkbenchException;

/**
 * A TorchScript network loaded for inference on the CPU. Close it to free the engine's memory.
 */
public final class TorchScriptModel implements AutoCloseable {
  private final ZooModel<NDList, NDList> model;
  private final Predictor<NDList, NDList> predictor;
  private final String name;

  private TorchScriptModel(ZooModel<NDList, NDList> model, String name) {
    this.model = model;
    this.predictor = model.newPredictor();
    this.name = name;
  }

  /**
   * Loads a {@code .pt} file.
   *
   * @param file a TorchScript file saved by {@code torch.jit.save}
   * @return the loaded network
   * @throws WorkbenchException naming the file when the engine cannot load it
   */
  public static TorchScriptModel load(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    EngineSetup.engine();
    Criteria<NDList, NDList> criteria = Criteria.builder()
        .setTypes(NDList.class, NDList.class)
        .optModelPath(file.toAbsolutePath())
        .optEngine(EngineSetup.ENGINE_NAME)
        .optTranslator(new NoopTranslator())
        .build();
    try {
      return new TorchScriptModel(criteria.loadModel(), name);
    } catch (ModelNotFoundException | MalformedModelException | IOException | RuntimeException e) {
      throw new WorkbenchException(name + " could not be loaded as a TorchScript model: " + e.getMessage(), e);
    }
  }

  /**
   * The output shape (without the batch) for one example of the given input shape, or null when
   * the network does not accept that shape.
   *
   * @param inputShape one example's dimensions, for example {@code {1, 8, 8}}
   */
  public long[] outputShapeFor(long[] inputShape) {
    try (NDManager manager = model.getNDManager().newSubManager()) {
      long[] batched = new long[inputShape.length + 1];
      batched[0] = 1;
      System.arraycopy(inputShape, 0, batched, 1, inputShape.length);
      NDList out = predictor.predict(new NDList(manager.zeros(new Shape(batched))));
      long[] shape = out.singletonOrThrow().getShape().getShape();
      return Arrays.copyOfRange(shape, 1, shape.length);
    } catch (TranslateException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Runs a batch through the network.
   *
   * @param inputs the examples, each flattened in row-major order to the input shape
   * @param inputShape one example's dimensions
   * @return one row of outputs (flattened) per example
   * @throws WorkbenchException when the network fails on the batch
   */
  public float[][] forward(float[][] inputs, long[] inputShape) {
    int n = inputs.length;
    long[] batched = new long[inputShape.length + 1];
    batched[0] = n;
    System.arraycopy(inputShape, 0, batched, 1, inputShape.length);
    int width = (int) new Shape(inputShape).size();
    float[] flat = new float[n * width];
    for (int i = 0; i < n; i++) {
      System.arraycopy(inputs[i], 0, flat, i * width, width);
    }
    try (NDManager manager = model.getNDManager().newSubManager()) {
      NDArray x = manager.create(flat, new Shape(batched));
      NDArray y = predictor.predict(new NDList(x)).singletonOrThrow();
      float[] values = y.toType(ai.djl.ndarray.types.DataType.FLOAT32, false).toFloatArray();
      int outWidth = values.length / Math.max(n, 1);
      float[][] out = new float[n][];
      for (int i = 0; i < n; i++) {
        out[i] = Arrays.copyOfRange(values, i * outWidth, (i + 1) * outWidth);
      }
      return out;
    } catch (TranslateException | RuntimeException e) {
      throw new WorkbenchException("The model " + name + " failed on its input: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    predictor.close();
    model.close();
  }
}
