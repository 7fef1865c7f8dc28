package org.modelworkbench.app.desktop.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.modelworkbench.model.DeviceInfo;

/** The window's words for counts, dataset versions and devices. */
class FormatsWordingTest {
  @Test
  void oneIsSingular() {
    assertThat(Formats.counted(1, "epoch", "epochs")).isEqualTo("1 epoch");
    assertThat(Formats.counted(0, "epoch", "epochs")).isEqualTo("0 epochs");
    assertThat(Formats.counted(1200, "row", "rows")).isEqualTo("1,200 rows");
  }

  @Test
  void aDatasetVersionIsWrittenOut() {
    assertThat(Formats.datasetVersion("penguins", 1)).isEqualTo("penguins · version 1").doesNotContain("@");
  }

  @Test
  void devicesAreNamedAsPeopleSayThem() {
    assertThat(Formats.device(new DeviceInfo("auto", "cpu()", null, 0, null))).isEqualTo("CPU");
    assertThat(Formats.device(new DeviceInfo("gpu", "gpu(0)", null, 0, null))).isEqualTo("GPU 0");
    assertThat(Formats.device(new DeviceInfo("cpu", "cpu()", "CPU (amd64, 2 cores)", 0, null)))
        .isEqualTo("CPU (amd64, 2 cores)");
    assertThat(Formats.device(null)).isEqualTo("–");
    assertThat(Formats.deviceWithNote(new DeviceInfo("gpu", "cpu()", null, 0, "no GPU found")))
        .isEqualTo("CPU (no GPU found)");
    assertThat(Formats.deviceId("gpu:1")).isEqualTo("GPU 1");
    assertThat(Formats.deviceId("cpu")).isEqualTo("CPU");
    assertThat(Formats.deviceId("auto")).isEqualTo("Auto");
    assertThat(Formats.deviceId("gpu")).isEqualTo("GPU");
  }
}
