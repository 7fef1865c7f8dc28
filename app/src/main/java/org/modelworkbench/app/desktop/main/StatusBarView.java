package org.modelworkbench.app.desktop.main;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.modelworkbench.app.desktop.common.Icons;
import org.modelworkbench.app.desktop.jobs.JobsSummary;

/** The status bar: the latest job's message and progress, the jobs toggle, and the compute device. */
final class StatusBarView {
  private final StatusBar bar = new StatusBar();
  private final ToggleButton jobs = new ToggleButton();

  StatusBarView(MainViewModel model, JobsSummary summary) {
    bar.setId("status-bar");
    bar.textProperty().bind(summary.messageProperty());
    bar.progressProperty().bind(summary.progressProperty());
    Label project = new Label();
    project.setGraphic(Icons.of(Material2AL.FOLDER_OPEN, 14));
    project.textProperty().bind(Bindings.createStringBinding(() -> {
      var workbench = model.session().workbenchProperty().get();
      return workbench == null ? "No project open" : workbench.projectDir().toString();
    }, model.session().workbenchProperty()));
    project.getStyleClass().add("status-project");
    bar.getLeftItems().addAll(project, new Separator(javafx.geometry.Orientation.VERTICAL));
    jobs.setId("jobs-toggle");
    jobs.setGraphic(Icons.of(Material2AL.LIST, 14));
    jobs.textProperty().bind(Bindings.createStringBinding(() -> {
      int active = summary.activeProperty().get();
      int failed = summary.failedProperty().get();
      String text = active == 0 ? "Jobs" : "Jobs: " + active + " running";
      return failed == 0 ? text : text + " · " + failed + " failed";
    }, summary.activeProperty(), summary.failedProperty()));
    jobs.getStyleClass().add("status-jobs");
    Label device = new Label();
    device.setId("device-label");
    device.setGraphic(Icons.of(Material2MZ.MEMORY, 14));
    device.textProperty().bind(model.deviceTextProperty());
    bar.getRightItems().addAll(jobs, new Separator(javafx.geometry.Orientation.VERTICAL), device);
  }

  Node node() {
    return bar;
  }

  /** The toggle that shows the jobs panel. */
  ToggleButton jobsToggle() {
    return jobs;
  }
}
