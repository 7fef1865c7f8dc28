package org.modelworkbench.ml.text;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.training.ParameterStore;
import ai.djl.translate.NoopTranslator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;

/**
 * ONNX Runtime (through DJL's engine) running a built-in encoder's original ONNX file: the
 * reference the rebuilt encoder is compared with, in values and in speed.
 */
final class OnnxRuntimeReference implements AutoCloseable {
  private final ZooModel<NDList, NDList> model;
  private final BuiltInEncoder encoder;

  private OnnxRuntimeReference(ZooModel<NDList, NDList> model, BuiltInEncoder encoder) {
    this.model = model;
    this.encoder = encoder;
  }

  /**
   * Loads the encoder's ONNX file into ONNX Runtime.
   *
   * @param encoder which model
   * @param threads intra-op threads
   */
  static OnnxRuntimeReference load(BuiltInEncoder encoder, int threads) throws Exception {
    Criteria<NDList, NDList> criteria = Criteria.builder().setTypes(NDList.class, NDList.class)
        .optModelPath(extracted(encoder)).optEngine("OnnxRuntime")
        .optTranslator(new NoopTranslator())
        .optOption("intraOpNumThreads", Integer.toString(threads))
        .optOption("interOpNumThreads", "1").build();
    return new OnnxRuntimeReference(criteria.loadModel(), encoder);
  }

  /** ONNX Runtime wants a file: the resource is copied once into the build folder. */
  static Path extracted(BuiltInEncoder encoder) throws IOException {
    Path dir = Paths.get("target", "onnx-models");
    Files.createDirectories(dir);
    Path file = dir.resolve(encoder.weightsResource());
    if (!Files.isRegularFile(file)) {
      Path tmp = dir.resolve(encoder.weightsResource() + ".tmp");
      try (InputStream in = encoder.openWeights()) {
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  /**
   * The last layer's token vectors of a batch, {@code [rows, length, width]} flattened.
   *
   * @param batch the padded batch
   */
  float[] hidden(TokenBatch batch) {
    try (NDManager scope = model.getNDManager().newSubManager()) {
      Shape shape = new Shape(batch.rows(), batch.length());
      NDArray ids = scope.create(batch.ids(), shape);
      ids.setName("input_ids");
      NDArray mask = scope.create(batch.mask(), shape);
      mask.setName("attention_mask");
      NDArray types = scope.create(batch.typeIds(), shape);
      types.setName("token_type_ids");
      NDList out = model.getBlock().forward(new ParameterStore(scope, false),
          new NDList(ids, mask, types), false);
      return out.get(0).toFloatArray();
    }
  }

  /**
   * Pooled vectors computed in plain Java from {@link #hidden}, as the model's pooling defines.
   *
   * @param batch the padded batch
   */
  float[][] pooled(TokenBatch batch) {
    float[] hidden = hidden(batch);
    int width = encoder.width();
    float[][] out = new float[batch.rows()][width];
    for (int r = 0; r < batch.rows(); r++) {
      if (encoder.pooling() == org.modelworkbench.ml.text.bert.Pooling.CLS) {
        System.arraycopy(hidden, r * batch.length() * width, out[r], 0, width);
        continue;
      }
      int count = 0;
      for (int t = 0; t < batch.length(); t++) {
        if (batch.mask()[r * batch.length() + t] == 0) {
          continue;
        }
        count++;
        for (int c = 0; c < width; c++) {
          out[r][c] += hidden[(r * batch.length() + t) * width + c];
        }
      }
      for (int c = 0; c < width; c++) {
        out[r][c] /= count;
      }
    }
    return out;
  }

  @Override
  public void close() {
    model.close();
  }
}
