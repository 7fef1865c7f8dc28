package org.modelworkbench.ml.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.engine.EngineException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The out-of-memory policy with injected failures: halve the batch and continue. */
class OutOfMemoryRetryTest {
  private static final String CUDA_OOM =
      "CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 7.79 GiB total capacity)";

  @Test
  void halvesTheBatchUntilAnAttemptFits() {
    List<Integer> attempts = new ArrayList<>();
    List<String> notices = new ArrayList<>();

    String result = OutOfMemoryRetry.run(64, size -> {
      attempts.add(size);
      if (size > 16) {
        throw new EngineException(CUDA_OOM);
      }
      return "done at " + size;
    }, (from, to) -> notices.add(from + "->" + to));

    assertThat(result).isEqualTo("done at 16");
    assertThat(attempts).containsExactly(64, 32, 16);
    assertThat(notices).containsExactly("64->32", "32->16");
  }

  @Test
  void recognisesAWrappedOutOfMemoryError() {
    RuntimeException wrapped = new RuntimeException("epoch 3 failed", new EngineException(CUDA_OOM));
    assertThat(OutOfMemoryRetry.isOutOfMemory(wrapped)).isTrue();
    assertThat(OutOfMemoryRetry.isOutOfMemory(new EngineException("shape mismatch"))).isFalse();
    assertThat(OutOfMemoryRetry.isOutOfMemory(new IllegalStateException("out of memory"))).isFalse();
  }

  @Test
  void otherErrorsAndBatchSizeOneAreNotRetried() {
    assertThatThrownBy(() -> OutOfMemoryRetry.run(8, size -> {
      throw new IllegalStateException("broken image");
    }, (from, to) -> { })).isInstanceOf(IllegalStateException.class);

    List<Integer> attempts = new ArrayList<>();
    assertThatThrownBy(() -> OutOfMemoryRetry.run(2, size -> {
      attempts.add(size);
      throw new EngineException(CUDA_OOM);
    }, (from, to) -> { })).isInstanceOf(EngineException.class);
    assertThat(attempts).containsExactly(2, 1);
  }
}
