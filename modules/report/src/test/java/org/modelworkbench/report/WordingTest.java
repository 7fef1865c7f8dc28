package org.modelworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.modelworkbench.model.DeviceInfo;

/** Devices in plain words: never the engine's {@code cpu()} or {@code gpu(0)}. */
class WordingTest {

  @Test
  void engineDeviceIdsReadAsCpuAndGpuNumbers() {
    assertThat(Wording.deviceId("cpu()")).isEqualTo("CPU");
    assertThat(Wording.deviceId("gpu(1)")).isEqualTo("GPU 1");
    assertThat(Wording.deviceId("mps")).isEqualTo("mps");
    assertThat(Wording.deviceId(null)).isEqualTo(Formats.NONE);
  }

  @Test
  void aDeviceIsNamedWithItsIdOnlyWhenTheNameDoesNotSayIt() {
    assertThat(Wording.device(new DeviceInfo("auto", "cpu()", "CPU (amd64, 2 cores)", 0, null)))
        .isEqualTo("CPU (amd64, 2 cores)");
    assertThat(Wording.device(new DeviceInfo("gpu", "gpu(0)", "NVIDIA RTX 4070", 12L << 30, null)))
        .isEqualTo("NVIDIA RTX 4070 (GPU 0)");
    assertThat(Wording.device(new DeviceInfo("auto", "cpu()", null, 0, null))).isEqualTo("CPU");
    assertThat(Wording.device(null)).isEqualTo(Formats.NONE);
  }
}
