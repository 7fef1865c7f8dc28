package org.modelworkbench.services;

import java.util.List;
import java.util.Map;
import org.modelworkbench.ml.engine.Devices;
import org.modelworkbench.ml.engine.EngineSetup;
import org.modelworkbench.model.DeviceInfo;

/**
 * What the machine's engine is, for the About box and bug reports: the versions every run
 * records and the compute devices. Needs no open project. Both start the engine when it has not
 * started yet (a second or more on first use), so call them off the UI thread.
 */
public final class EngineFacts {
  private EngineFacts() {}

  /**
   * The versions a run records: {@code djl}, {@code pytorch}, {@code java} and {@code os}.
   *
   * @throws org.modelworkbench.model.WorkbenchException when the engine cannot start
   */
  public static Map<String, String> versions() {
    return EngineSetup.versions();
  }

  /**
   * The CPU and every GPU the engine sees, as the status bar and the train dialog list them.
   *
   * @throws org.modelworkbench.model.WorkbenchException when the engine cannot start
   */
  public static List<DeviceInfo> devices() {
    return Devices.available();
  }
}
