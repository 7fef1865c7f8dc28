package org.modelworkbench.ml.tabular;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.nio.file.Path;
import java.util.List;
import org.modelworkbench.ml.engine.EngineSetup;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.Predictions;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.WorkbenchException;

/**
 * A saved tabular model, loaded for prediction on the CPU (small tabular networks gain nothing
 * from a GPU at prediction time). Close it to free the engine's memory.
 */
public final class TabularModel implements AutoCloseable {
  private final ModelManifest manifest;
  private final Model model;
  private final ParameterStore parameters;

  private TabularModel(ModelManifest manifest, Model model) {
    this.manifest = manifest;
    this.model = model;
    this.parameters = new ParameterStore(model.getNDManager(), false);
  }

  /**
   * Loads a model folder written by {@link TabularTrainer}.
   *
   * @param modelDir the folder with {@code model.json} and the parameters file
   * @return the model, ready to predict
   * @throws WorkbenchException if the folder holds no readable model
   */
  public static TabularModel load(Path modelDir) {
    ModelManifest manifest = ModelFiles.readManifest(modelDir);
    EngineSetup.engine();
    Model model = Model.newInstance("tabular", Device.cpu(), EngineSetup.ENGINE_NAME);
    try {
      Block network =
          Networks.build(manifest.kind(), manifest.hiddenUnits(), manifest.outputWidth());
      model.setBlock(network);
      ModelFiles.loadParameters(modelDir, manifest.parametersFile(), network, model.getNDManager());
      network.initialize(
          model.getNDManager(), DataType.FLOAT32, new Shape(1, manifest.inputWidth()));
      TabularModel loaded = new TabularModel(manifest, model);
      loaded.checkShape(modelDir);
      return loaded;
    } catch (RuntimeException e) {
      model.close();
      throw e;
    }
  }

  /** Runs one row of zeros, so parameters that do not fit the manifest fail now, not later. */
  private void checkShape(Path modelDir) {
    float[] out;
    try {
      out = outputs(new float[][] {new float[manifest.inputWidth()]});
    } catch (RuntimeException e) {
      throw mismatch(modelDir, e);
    }
    if (out.length != manifest.outputWidth()) {
      throw mismatch(modelDir, null);
    }
  }

  private static WorkbenchException mismatch(Path modelDir, Throwable cause) {
    return new WorkbenchException("The parameters of the model in '" + modelDir
        + "' do not match its " + ModelFiles.MANIFEST + ".", cause);
  }

  private float[] outputs(float[][] inputs) {
    return Forward.run(model.getNDManager(),
        input -> model.getBlock().forward(parameters, input, false),
        inputs, manifest.inputWidth(), manifest.outputWidth());
  }

  /**
   * Predicts every row of a table, in batches and without recording gradients.
   *
   * @param table rows holding at least the feature columns; the target column is not needed
   * @return class probabilities and labels (classification) or numbers in the target's units
   * @throws WorkbenchException if a feature column is missing
   */
  public synchronized Predictions predict(DataTable table) {
    float[][] inputs = manifest.preprocessor().transform(table);
    int k = manifest.outputWidth();
    float[] outputs = outputs(inputs);
    int n = inputs.length;
    if (manifest.task() == Task.CLASSIFICATION) {
      double[][] probabilities = new double[n][];
      String[] labels = new String[n];
      for (int r = 0; r < n; r++) {
        probabilities[r] = Outputs.softmax(outputs, r * k, k);
        labels[r] = manifest.labels().get(Outputs.argmax(outputs, r * k, k));
      }
      return new Predictions(Task.CLASSIFICATION, manifest.labels(), labels, probabilities, null);
    }
    double[] values = new double[n];
    for (int r = 0; r < n; r++) {
      values[r] = manifest.targetScaling().unscale(outputs[r]);
    }
    return new Predictions(Task.REGRESSION, List.of(), null, null, values);
  }

  /** Classification or regression. */
  public Task task() {
    return manifest.task();
  }

  /** Class labels in probability column order (classification), else empty. */
  public List<String> classLabels() {
    return manifest.labels();
  }

  /** The input columns the model reads, in order. */
  public List<String> featureColumns() {
    return manifest.featureColumns();
  }

  /** The column the model predicts. */
  public String target() {
    return manifest.target();
  }

  /** Number of network inputs after preprocessing. */
  public int inputWidth() {
    return manifest.inputWidth();
  }

  /** The network kind. */
  public ModelKind kind() {
    return manifest.kind();
  }

  /** Hidden layer widths (MLP), else empty. */
  public List<Integer> hiddenUnits() {
    return manifest.hiddenUnits();
  }

  /** Frees the engine memory of the parameters. */
  @Override
  public void close() {
    model.close();
  }
}
