package org.modelworkbench.app.desktop.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modelworkbench.app.desktop.jobs.DirectJobRunner;
import org.modelworkbench.model.AppVersion;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.UserFolders;
import org.modelworkbench.model.WorkbenchException;

/** The About box's text, and its model asking the engine in the background; no screen. */
class AboutTextTest {
  private static final UserFolders FOLDERS = UserFolders.resolve("Linux", Map.of(), Path.of("/home/ana"));
  private static final DeviceInfo CPU = new DeviceInfo("cpu", "cpu", "CPU", 0, null);
  private static final DeviceInfo GPU = new DeviceInfo("gpu:0", "gpu:0", "NVIDIA GeForce RTX 4070 (GPU 0)", 12L << 30,
      null);

  private static AboutFacts facts() {
    return AboutFacts.ofThisMachine(FOLDERS, FOLDERS.settingsFile(), Path.of("/home/ana/ModelWorkbench/Credit risk"));
  }

  @Test
  void everyFactOfABugReportIsOneLine() {
    String text = AboutText.of(facts().withEngine(Map.of("djl", "0.36.0", "pytorch", "2.7.1"), List.of(CPU)));

    assertThat(text.lines()).contains(
        "Model Workbench " + AppVersion.version(),
        "Java: " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
        "DJL: 0.36.0",
        "PyTorch: 2.7.1",
        "Compute device: CPU",
        "Log file: /home/ana/.local/state/modelworkbench/logs/workbench.log",
        "Crash reports: /home/ana/.local/state/modelworkbench/logs",
        "Cache folder: /home/ana/.cache/modelworkbench",
        "Settings: /home/ana/.config/modelworkbench/settings.properties",
        "Project: /home/ana/ModelWorkbench/Credit risk");
    assertThat(text).contains("JavaFX: ", "Operating system: " + System.getProperty("os.name"));
  }

  @Test
  void gpusAreNamedBeforeTheCpu() {
    assertThat(AboutText.devices(List.of(CPU, GPU))).isEqualTo("NVIDIA GeForce RTX 4070 (GPU 0), CPU");
    assertThat(AboutText.devices(List.of(CPU))).isEqualTo("CPU");
  }

  @Test
  void theEngineLinesSayCheckingUntilTheEngineAnswers() {
    assertThat(AboutText.of(facts()).lines()).contains("DJL: " + AboutText.CHECKING, "PyTorch: " + AboutText.CHECKING);
  }

  @Test
  void theModelFillsInTheEngineFromTheBackground() {
    AboutViewModel model = new AboutViewModel(DirectJobRunner.create(), facts(),
        () -> Map.of("djl", "0.36.0", "pytorch", "2.7.1"), () -> List.of(CPU, GPU));
    assertThat(model.copyText()).contains("DJL: " + AboutText.CHECKING);

    model.load();

    assertThat(model.copyText()).contains("DJL: 0.36.0", "PyTorch: 2.7.1",
        "Compute device: NVIDIA GeForce RTX 4070 (GPU 0), CPU");
    assertThat(model.textProperty().get()).isEqualTo(model.copyText());
  }

  @Test
  void anEngineThatCannotStartIsSaidPlainly() {
    AboutViewModel model = new AboutViewModel(DirectJobRunner.create(), facts(), () -> {
      throw new WorkbenchException("The PyTorch engine could not start: no natives.");
    }, List::of);

    model.load();

    assertThat(model.copyText()).contains("DJL: not available", "Engine: The PyTorch engine could not start: no natives.")
        .contains("Log file: ");
  }

  @Test
  void noProjectOpenIsSaid() {
    AboutFacts none = AboutFacts.ofThisMachine(FOLDERS, FOLDERS.settingsFile(), null);
    assertThat(AboutText.of(none)).contains("Project: none open");
  }
}
