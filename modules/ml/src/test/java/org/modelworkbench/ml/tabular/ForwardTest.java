package org.modelworkbench.ml.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.modelworkbench.ml.engine.EngineSetup;

/** Chunked inference: row order, chunk boundaries, and no gradient recording on any thread. */
class ForwardTest {

  @Test
  void keepsRowOrderAcrossChunksWithoutRecordingGradients() throws Exception {
    int rows = Forward.CHUNK_ROWS + 7;
    float[][] inputs = new float[rows][];
    for (int r = 0; r < rows; r++) {
      inputs[r] = new float[] {r, -r};
    }
    AtomicBoolean recordedInside = new AtomicBoolean();
    AtomicBoolean modeAfter = new AtomicBoolean();
    AtomicReference<float[]> out = new AtomicReference<>();
    EngineSetup.engine();

    // A fresh thread starts with PyTorch's gradient mode on.
    Thread worker = new Thread(() -> {
      try (NDManager manager = EngineSetup.engine().newBaseManager()) {
        out.set(Forward.run(manager, x -> {
          recordedInside.set(recordedInside.get() || JniUtils.isGradMode());
          return x;
        }, inputs, 2, 2));
      }
      modeAfter.set(JniUtils.isGradMode());
    });
    worker.start();
    worker.join();

    assertThat(recordedInside).isFalse();
    assertThat(modeAfter).isTrue();
    assertThat(out.get()).hasSize(2 * rows);
    assertThat(out.get()[2 * (rows - 1)]).isEqualTo(rows - 1);
    assertThat(out.get()[2 * Forward.CHUNK_ROWS + 1]).isEqualTo(-Forward.CHUNK_ROWS);
  }
}
