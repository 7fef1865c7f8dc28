package org.modelworkbench.app.desktop.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.DeviceInfo;

/** Progress arithmetic and the device list of the train dialog. */
class TrainingProgressTest {
  @Test
  void fractionCountsFinishedEpochsAndBatches() {
    assertThat(TrainingProgress.fraction(1, 0, 10, 20)).isEqualTo(0.0);
    assertThat(TrainingProgress.fraction(3, 5, 10, 20)).isCloseTo(0.125, within(1e-9));
    assertThat(TrainingProgress.fraction(20, 10, 10, 20)).isEqualTo(1.0);
  }

  @Test
  void timeLeftFollowsThePaceSoFar() {
    assertThat(TrainingProgress.millisLeft(10_000, 0.25)).isEqualTo(30_000);
    assertThat(TrainingProgress.millisLeft(10_000, 0.001)).isEqualTo(-1);
    assertThat(TrainingProgress.timeLeftText(30_000)).isEqualTo("At most about 30 s left");
    assertThat(TrainingProgress.timeLeftText(-1)).startsWith("Estimating");
    assertThat(TrainingProgress.speedText(12_345.6)).isEqualTo("12,346 rows/s");
  }

  @Test
  void devicesAreAutoThenCpuThenEachGpuByName() {
    List<DeviceChoice> choices = DeviceChoice.from(List.of(
        new DeviceInfo("cpu", "cpu()", "CPU", 0, null),
        new DeviceInfo("gpu:0", "gpu(0)", "NVIDIA RTX A2000", 6L << 30, null)));
    assertThat(choices).extracting(DeviceChoice::request).containsExactly("auto", "cpu", "gpu:0");
    assertThat(choices.get(0).label()).isEqualTo("Auto (NVIDIA RTX A2000)");
    assertThat(choices.get(2).label()).isEqualTo("GPU 0: NVIDIA RTX A2000");
    assertThat(DeviceChoice.from(List.of(new DeviceInfo("cpu", "cpu()", "CPU", 0, null))))
        .extracting(DeviceChoice::label).containsExactly("Auto (CPU)", "CPU");
  }
}
