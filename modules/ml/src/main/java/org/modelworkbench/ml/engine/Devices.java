package org.modelworkbench.ml.engine;

import ai.djl.Device;
import ai.djl.util.cuda.CudaUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.WorkbenchException;

/**
 * Maps a requested device ({@code auto}, {@code cpu}, {@code gpu}, {@code gpu:N}) to a device the
 * engine has, falling back to the CPU with a note when no GPU is found.
 */
public final class Devices {
  /** The note of a GPU request served by the CPU. */
  public static final String NO_GPU_NOTE = "No GPU found; using the CPU.";

  private static final Pattern GPU_N = Pattern.compile("gpu:(\\d+)");

  private Devices() {}

  /**
   * Resolves a device request against the GPUs the engine sees. Starts the engine if needed.
   *
   * @param requested {@code auto} (GPU 0 when there is one, else the CPU), {@code cpu},
   *     {@code gpu} or {@code gpu:N}; null or blank means auto
   * @param strict whether a GPU request that cannot be met is an error instead of a fallback
   * @return the device, with a note when it differs from the request
   * @throws WorkbenchException for an unknown request, or an unmet GPU request when strict
   */
  public static DeviceInfo resolve(String requested, boolean strict) {
    return resolve(requested, strict, EngineSetup.engine().getGpuCount());
  }

  /** {@link #resolve(String, boolean)} against a given GPU count, so tests can pretend. */
  static DeviceInfo resolve(String requested, boolean strict, int gpuCount) {
    String request = requested == null || requested.isBlank()
        ? "auto" : requested.trim().toLowerCase(Locale.ROOT);
    Matcher gpuN = GPU_N.matcher(request);
    int gpu;
    if (request.equals("cpu")) {
      return cpu(request, null);
    } else if (request.equals("auto")) {
      return gpuCount > 0 ? gpu(request, 0, gpuCount, null) : cpu(request, null);
    } else if (request.equals("gpu")) {
      gpu = 0;
    } else if (gpuN.matches()) {
      gpu = Integer.parseInt(gpuN.group(1));
    } else {
      throw new WorkbenchException(
          "Unknown device '" + requested + "'. Use auto, cpu, gpu or gpu:N (for example gpu:0).");
    }
    if (gpuCount == 0) {
      if (strict) {
        throw new WorkbenchException("No GPU found for device '" + request + "'.");
      }
      return cpu(request, NO_GPU_NOTE);
    }
    if (gpu >= gpuCount) {
      String missing = "There is no GPU " + gpu + "; this computer has " + gpuCount
          + (gpuCount == 1 ? " GPU" : " GPUs") + " (numbered from 0)";
      if (strict) {
        throw new WorkbenchException(missing + ".");
      }
      return gpu(request, 0, gpuCount, missing + "; using GPU 0.");
    }
    return gpu(request, gpu, gpuCount, null);
  }

  /** The CPU and every GPU the engine sees. Starts the engine if needed. */
  public static List<DeviceInfo> available() {
    int gpuCount = EngineSetup.engine().getGpuCount();
    List<DeviceInfo> out = new ArrayList<>(gpuCount + 1);
    out.add(cpu("cpu", null));
    for (int i = 0; i < gpuCount; i++) {
      out.add(gpu("gpu:" + i, i, gpuCount, null));
    }
    return out;
  }

  /** The engine device of a resolved {@link DeviceInfo}. */
  public static Device engineDevice(DeviceInfo info) {
    Matcher m = Pattern.compile("gpu\\((\\d+)\\)").matcher(info.id());
    return m.matches() ? Device.gpu(Integer.parseInt(m.group(1))) : Device.cpu();
  }

  private static DeviceInfo cpu(String requested, String note) {
    String name = "CPU (" + System.getProperty("os.arch") + ", "
        + Runtime.getRuntime().availableProcessors() + " cores)";
    return new DeviceInfo(requested, Device.cpu().toString(), name, 0, note);
  }

  private static DeviceInfo gpu(String requested, int index, int gpuCount, String note) {
    Device device = Device.gpu(index);
    String model = GpuNames.nameOf(index, gpuCount);
    // The card's model name when the driver tells it; the CUDA version and compute capability too.
    StringBuilder name = new StringBuilder(model == null ? "GPU " + index : model + " (GPU " + index + ")");
    long memory = 0;
    try {
      int cuda = CudaUtils.getCudaVersion();
      String capability = CudaUtils.getComputeCapability(index);
      String details = "CUDA " + cuda / 1000 + "." + cuda / 10 % 10 + ", compute capability "
          + capability.substring(0, capability.length() - 1) + "." + capability.substring(capability.length() - 1);
      name = model == null ? name.append(" (").append(details).append(')')
          : name.insert(name.length() - 1, ", " + details);
      memory = CudaUtils.getGpuMemory(device).getMax();
    } catch (RuntimeException | LinkageError e) {
      // Details are cosmetic; the device still works without them.
    }
    return new DeviceInfo(requested, device.toString(), name.toString(), memory, note);
  }
}
