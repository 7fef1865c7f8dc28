package org.modelworkbench.ml.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GpuNamesTest {
  @TempDir Path dir;

  @Test
  void namesComeFromTheDriverFilesInBusOrder() throws IOException {
    Path gpus = dir.resolve("gpus");
    card(gpus, "0000:65:00.0", "NVIDIA RTX A4000");
    card(gpus, "0000:17:00.0", "NVIDIA GeForce RTX 4070");
    assertThat(GpuNames.read(gpus, List.of("false"))).containsExactly("NVIDIA GeForce RTX 4070", "NVIDIA RTX A4000");
  }

  @Test
  void withoutDriverFilesTheNamesComeFromTheCommand() throws IOException {
    Path smi = dir.resolve("fake-smi");
    Files.writeString(smi, "#!/bin/sh\nprintf 'NVIDIA GeForce RTX 3080\\n\\nNVIDIA GeForce RTX 3080\\n'\n");
    assertThat(smi.toFile().setExecutable(true)).isTrue();
    assertThat(GpuNames.read(dir.resolve("missing"), List.of(smi.toString())))
        .containsExactly("NVIDIA GeForce RTX 3080", "NVIDIA GeForce RTX 3080");
  }

  @Test
  void noDriverAndNoCommandMeansNoNames() {
    assertThat(GpuNames.read(dir.resolve("missing"), List.of(dir.resolve("no-such-command").toString()))).isEmpty();
    assertThat(GpuNames.read(dir.resolve("missing"), List.of("false"))).isEmpty();
  }

  @Test
  void aNameIsGivenOnlyWhenTheCudaIndexSurelyMatchesIt() {
    List<String> two = List.of("NVIDIA GeForce RTX 4070", "NVIDIA RTX A4000");
    assertThat(GpuNames.pick(List.of("NVIDIA T4"), 0, 1, null)).isEqualTo("NVIDIA T4");
    assertThat(GpuNames.pick(two, 1, 2, null)).as("CUDA orders fastest first by default").isNull();
    assertThat(GpuNames.pick(two, 1, 2, "PCI_BUS_ID")).isEqualTo("NVIDIA RTX A4000");
    assertThat(GpuNames.pick(List.of("NVIDIA L4", "NVIDIA L4"), 1, 2, null)).isEqualTo("NVIDIA L4");
    assertThat(GpuNames.pick(two, 0, 3, "PCI_BUS_ID")).as("the engine sees another count").isNull();
    assertThat(GpuNames.pick(List.of(), 0, 1, null)).isNull();
  }

  private static void card(Path gpus, String busId, String model) throws IOException {
    Path card = Files.createDirectories(gpus.resolve(busId));
    Files.writeString(card.resolve("information"), "Model: \t\t " + model + "\nIRQ:   \t\t 16\nGPU UUID: \t GPU-x\n");
  }
}
