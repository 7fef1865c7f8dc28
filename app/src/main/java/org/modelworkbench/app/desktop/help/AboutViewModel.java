package org.modelworkbench.app.desktop.help;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.modelworkbench.app.desktop.common.ErrorText;
import org.modelworkbench.app.desktop.jobs.JobRunner;
import org.modelworkbench.model.DeviceInfo;

/**
 * The About box's state: the text, first without the engine's versions and device, then with
 * them once a background job has asked the engine (which may have to start).
 */
public final class AboutViewModel {
  private final JobRunner runner;
  private final Supplier<Map<String, String>> versions;
  private final Supplier<List<DeviceInfo>> devices;
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text");
  private AboutFacts facts;

  /**
   * Creates the model.
   *
   * @param runner runs the engine question in the background
   * @param facts what is known without the engine
   * @param versions the engine's versions ({@code EngineFacts::versions})
   * @param devices the compute devices ({@code EngineFacts::devices})
   */
  public AboutViewModel(JobRunner runner, AboutFacts facts, Supplier<Map<String, String>> versions,
      Supplier<List<DeviceInfo>> devices) {
    this.runner = runner;
    this.versions = versions;
    this.devices = devices;
    this.facts = facts;
    text.set(AboutText.of(facts));
  }

  /** Asks the engine for its versions and devices in the background. */
  public void load() {
    runner.job("Read the engine's versions", context -> new Engine(versions.get(), devices.get()))
        .hidden()
        .onSuccess(engine -> show(facts.withEngine(engine.versions(), engine.devices())))
        .onError(error -> show(facts.withEngineProblem(ErrorText.plainMessage(error))))
        .start();
  }

  private void show(AboutFacts updated) {
    facts = updated;
    text.set(AboutText.of(updated));
  }

  /** The text shown, and copied by Copy. */
  public ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }

  /** What Copy puts on the clipboard: the text as shown. */
  public String copyText() {
    return text.get();
  }

  private record Engine(Map<String, String> versions, List<DeviceInfo> devices) {}
}
