package org.modelworkbench.services.training;

import org.modelworkbench.ml.engine.Devices;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.TrainingSettings;

/** Picks a new run's device and tells the observer when it is not the one asked for. */
final class RunDevice {
  private RunDevice() {}

  /**
   * The device the settings ask for, or the CPU with a notice when it is missing.
   *
   * @param strict when true, a missing GPU fails instead of falling back
   */
  static DeviceInfo resolve(TrainingSettings settings, boolean strict, TrainingObserver observer) {
    DeviceInfo device = Devices.resolve(settings.device(), strict);
    if (device.note() != null) {
      observer.notice(device.note());
    }
    return device;
  }

  /**
   * The CPU, for a route that computes in plain Java; a request for a GPU gets a notice, or fails
   * when strict.
   */
  static DeviceInfo javaCpu(TrainingSettings settings, boolean strict, TrainingObserver observer) {
    DeviceInfo cpu = Devices.resolve("cpu", false);
    if (settings.device() != null && settings.device().startsWith("gpu")) {
      if (strict) {
        throw new org.modelworkbench.model.WorkbenchException("This model computes on the CPU only; a GPU was asked for.");
      }
      observer.notice("This model computes on the CPU; it needs no GPU.");
    }
    return new DeviceInfo(settings.device(), cpu.id(), cpu.name(), 0, null);
  }
}
