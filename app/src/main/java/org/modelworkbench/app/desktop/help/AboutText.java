package org.modelworkbench.app.desktop.help;

import java.util.List;
import java.util.stream.Collectors;
import org.modelworkbench.model.DeviceInfo;

/**
 * The About box's text: one fact a line, as a bug report wants it ("Model Workbench 0.1.0",
 * "Java: 17.0.15 (Debian)", ..., "Log file: ..."). The same text goes to the clipboard.
 */
public final class AboutText {
  /** What an engine line says while the engine is being asked. */
  static final String CHECKING = "checking…";

  private AboutText() {}

  /** The text of the facts. */
  public static String of(AboutFacts facts) {
    StringBuilder text = new StringBuilder();
    line(text, "Model Workbench", facts.appVersion());
    line(text, "Java", facts.java());
    line(text, "JavaFX", facts.javafx() == null ? "unknown" : facts.javafx());
    line(text, "Operating system", facts.os());
    String unknown = facts.engineProblem() != null ? "not available" : CHECKING;
    line(text, "DJL", facts.engine().getOrDefault("djl", unknown));
    line(text, "PyTorch", facts.engine().getOrDefault("pytorch", unknown));
    line(text, "Compute device", facts.devices().isEmpty() ? unknown : devices(facts.devices()));
    if (facts.engineProblem() != null) {
      line(text, "Engine", facts.engineProblem());
    }
    text.append('\n');
    line(text, "Log file", facts.logFile().toString());
    line(text, "Crash reports", facts.logs().toString());
    line(text, "Cache folder", facts.cache().toString());
    line(text, "Engine files", facts.engineCache().toString());
    line(text, "Settings", facts.settings().toString());
    line(text, "Project", facts.project() == null ? "none open" : facts.project().toString());
    return text.toString().stripTrailing();
  }

  /** "CPU", or the GPUs by name with the CPU last: "NVIDIA GeForce RTX 4070 (GPU 0), CPU". */
  static String devices(List<DeviceInfo> devices) {
    List<DeviceInfo> gpus = devices.stream().filter(d -> d.id() != null && d.id().startsWith("gpu")).toList();
    if (gpus.isEmpty()) {
      return "CPU";
    }
    return gpus.stream().map(DeviceInfo::name).collect(Collectors.joining(", ")) + ", CPU";
  }

  private static void line(StringBuilder text, String name, String value) {
    // The version follows the name on the first line; every other line is "Name: value".
    text.append(name).append(name.equals("Model Workbench") ? " " : ": ").append(value).append('\n');
  }
}
