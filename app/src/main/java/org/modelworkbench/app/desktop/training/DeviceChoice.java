package org.modelworkbench.app.desktop.training;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modelworkbench.model.DeviceInfo;

/**
 * A compute device as the dialog offers it.
 *
 * @param label what the user reads, for example "GPU 0: NVIDIA RTX A2000"
 * @param request what the settings ask for: auto, cpu or gpu:N
 */
public record DeviceChoice(String label, String request) {
  private static final Pattern GPU_ID = Pattern.compile("gpu\\((\\d+)\\)");

  /** Auto (the best device), the CPU, then each GPU by name. */
  public static List<DeviceChoice> from(List<DeviceInfo> devices) {
    List<DeviceChoice> choices = new ArrayList<>();
    String best = devices.stream().filter(d -> d.id() != null && d.id().startsWith("gpu"))
        .map(DeviceInfo::name).findFirst().orElse("CPU");
    choices.add(new DeviceChoice("Auto (" + best + ")", "auto"));
    choices.add(new DeviceChoice("CPU", "cpu"));
    for (DeviceInfo device : devices) {
      Matcher gpu = GPU_ID.matcher(device.id() == null ? "" : device.id());
      if (gpu.matches()) {
        choices.add(new DeviceChoice("GPU " + gpu.group(1) + ": " + device.name(), "gpu:" + gpu.group(1)));
      }
    }
    return choices;
  }

  @Override
  public String toString() {
    return label;
  }
}
