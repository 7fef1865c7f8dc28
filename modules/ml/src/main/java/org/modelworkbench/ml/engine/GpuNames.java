package org.modelworkbench.ml.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The model names of the NVIDIA GPUs ("NVIDIA GeForce RTX 4070"), which DJL does not expose: read
 * from the driver's {@code /proc/driver/nvidia/gpus/<bus id>/information} files on Linux, else from
 * {@code nvidia-smi}, which the driver installs on Windows and Linux. Both list the cards in PCI
 * bus order.
 */
final class GpuNames {
  private static final Path PROC_GPUS = Path.of("/proc/driver/nvidia/gpus");
  private static final long SMI_TIMEOUT_SECONDS = 5;
  private static volatile List<String> cached;

  private GpuNames() {}

  /**
   * The name of a CUDA device, when it can be told for sure; null otherwise.
   *
   * <p>CUDA numbers the devices fastest first unless {@code CUDA_DEVICE_ORDER=PCI_BUS_ID}, so a
   * name from the bus-ordered list is only given when that order is set, when there is one card, or
   * when every card has the same name.
   *
   * @param index the CUDA device index
   * @param gpuCount how many GPUs the engine sees
   */
  static String nameOf(int index, int gpuCount) {
    List<String> names = cached;
    if (names == null) {
      names = read(PROC_GPUS, List.of("nvidia-smi", "--query-gpu=name", "--format=csv,noheader"));
      cached = names;
    }
    return pick(names, index, gpuCount, System.getenv("CUDA_DEVICE_ORDER"));
  }

  /** {@link #nameOf} over a given list of names in bus order. */
  static String pick(List<String> busOrderNames, int index, int gpuCount, String cudaDeviceOrder) {
    if (busOrderNames.size() != gpuCount || index < 0 || index >= gpuCount) {
      return null;
    }
    boolean sameOrder = gpuCount == 1 || "PCI_BUS_ID".equals(cudaDeviceOrder)
        || busOrderNames.stream().distinct().count() == 1;
    return sameOrder ? busOrderNames.get(index) : null;
  }

  /**
   * The card names in bus order, from the driver's files under {@code procGpus} or else from the
   * given command; empty when neither answers.
   */
  static List<String> read(Path procGpus, List<String> smiCommand) {
    List<String> fromProc = fromDriverFiles(procGpus);
    return fromProc.isEmpty() ? fromCommand(smiCommand) : fromProc;
  }

  private static List<String> fromDriverFiles(Path procGpus) {
    if (!Files.isDirectory(procGpus)) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    try (Stream<Path> cards = Files.list(procGpus)) {
      for (Path card : cards.sorted().toList()) {
        Path information = card.resolve("information");
        if (!Files.isReadable(information)) {
          continue;
        }
        for (String line : Files.readAllLines(information, StandardCharsets.UTF_8)) {
          if (line.startsWith("Model:")) {
            names.add(line.substring("Model:".length()).strip());
            break;
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    return names;
  }

  private static List<String> fromCommand(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(SMI_TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        return List.of();
      }
      return new String(out, StandardCharsets.UTF_8).lines().map(String::strip).filter(s -> !s.isEmpty())
          .toList();
    } catch (IOException e) {
      return List.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    }
  }
}
