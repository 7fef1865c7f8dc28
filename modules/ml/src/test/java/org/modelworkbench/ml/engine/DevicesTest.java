package org.modelworkbench.ml.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.ml.tabular.TabularTrainer;
import org.modelworkbench.ml.tabular.TrainingFixtures;
import org.modelworkbench.ml.tabular.TrainingRequest;
import org.modelworkbench.ml.training.TrainingListener;
import org.modelworkbench.ml.training.TrainingOutcome;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.WorkbenchException;

/** Device requests: real ones on this GPU-less machine, and pretend GPU counts. */
class DevicesTest {
  @TempDir Path dir;

  @Test
  void gpuRequestFallsBackToTheCpuWithANote() {
    DeviceInfo device = Devices.resolve("gpu", false);

    assertThat(device.id()).isEqualTo("cpu()");
    assertThat(device.requested()).isEqualTo("gpu");
    assertThat(device.note()).isEqualTo("No GPU found; using the CPU.");
    assertThat(device.name()).matches("CPU \\(.+, \\d+ cores\\)");
  }

  @Test
  void strictGpuRequestFailsWithoutAGpu() {
    assertThatThrownBy(() -> Devices.resolve("gpu:0", true, 0))
        .isInstanceOf(WorkbenchException.class)
        .hasMessage("No GPU found for device 'gpu:0'.");
  }

  @Test
  void autoAndCpuNeedNoNote() {
    assertThat(Devices.resolve("auto", false, 0).note()).isNull();
    assertThat(Devices.resolve(null, false, 0).requested()).isEqualTo("auto");
    assertThat(Devices.resolve(" CPU ", true, 2).id()).isEqualTo("cpu()");
  }

  @Test
  void gpusAreChosenWhenPresent() {
    assertThat(Devices.resolve("auto", false, 1).id()).isEqualTo("gpu(0)");
    assertThat(Devices.resolve("gpu:1", true, 2).id()).isEqualTo("gpu(1)");
    DeviceInfo fallback = Devices.resolve("gpu:3", false, 2);
    assertThat(fallback.id()).isEqualTo("gpu(0)");
    assertThat(fallback.note()).isEqualTo(
        "There is no GPU 3; this computer has 2 GPUs (numbered from 0); using GPU 0.");
    assertThatThrownBy(() -> Devices.resolve("gpu:3", true, 2))
        .isInstanceOf(WorkbenchException.class);
  }

  @Test
  void unknownRequestIsAnError() {
    assertThatThrownBy(() -> Devices.resolve("tpu", false, 0))
        .isInstanceOf(WorkbenchException.class)
        .hasMessageStartingWith("Unknown device 'tpu'.");
  }

  @Test
  void availableListsTheCpuFirst() {
    assertThat(Devices.available()).first()
        .satisfies(d -> assertThat(d.id()).isEqualTo("cpu()"));
  }

  @Test
  void trainingRecordsTheFallback() {
    TrainingRequest request = new TrainingRequest(TrainingFixtures.iris()[0],
        TrainingFixtures.iris()[1], TrainingFixtures.IRIS_FEATURES, "target",
        Task.CLASSIFICATION, TrainingFixtures.settings("target", Task.CLASSIFICATION,
        ModelKind.LINEAR, 2, 1, "gpu"), dir.resolve("m"), null);

    TrainingOutcome outcome = new TabularTrainer().train(request, new TrainingListener() {},
        CancellationToken.none());

    assertThat(outcome.device().note()).isEqualTo(Devices.NO_GPU_NOTE);
    assertThat(outcome.curve()).hasSize(2);
  }
}
