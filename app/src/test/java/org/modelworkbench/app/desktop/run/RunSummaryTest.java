package org.modelworkbench.app.desktop.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;

/** The run card's lines in plain words, without a screen. */
class RunSummaryTest {
  private static RunInfo run(DeviceInfo device) {
    TrainingSettings settings = new TrainingSettings("species", Task.CLASSIFICATION, ModelKind.MLP, 1, 32, 0.003, 7,
        "auto", 0, null, List.of(64, 32), 10, 0.15, 0.2, List.of());
    return new RunInfo(2, 1, "penguins", 1, "species", Task.CLASSIFICATION, ModelKind.MLP, settings.asMap(), 7,
        device, Map.of(), RunStatus.COMPLETED, Instant.EPOCH, Instant.EPOCH.plusSeconds(5), null, 3L, null);
  }

  @Test
  void theDatasetAndTheDeviceReadAsWords() {
    Map<String, String> lines = RunViewModel.summary(run(new DeviceInfo("auto", "cpu()", null, 0, null)));
    assertThat(lines).containsEntry("Dataset", "penguins · version 1").containsEntry("Device", "CPU");
    Map<String, String> gpu = RunViewModel.summary(run(new DeviceInfo("gpu", "gpu(0)", null, 0, null)));
    assertThat(gpu).containsEntry("Device", "GPU 0");
    Map<String, String> fellBack = RunViewModel.summary(run(new DeviceInfo("gpu", "cpu()", "CPU (amd64, 2 cores)", 0,
        "no GPU found")));
    assertThat(fellBack).containsEntry("Device", "CPU (amd64, 2 cores) (no GPU found)");
    assertThat(lines.values()).noneMatch(v -> v.contains("cpu()") || v.contains("@"));
  }

  @Test
  void theDeviceAskedForReadsAsWordsInTheSettings() {
    assertThat(org.modelworkbench.app.desktop.runs.RunComparison.settingText("device", "cpu")).isEqualTo("CPU");
    assertThat(org.modelworkbench.app.desktop.runs.RunComparison.settingText("device", "gpu:0")).isEqualTo("GPU 0");
    assertThat(org.modelworkbench.app.desktop.runs.RunComparison.settingText("learning_rate", "3.0E-4"))
        .isEqualTo("0.0003");
  }
}
