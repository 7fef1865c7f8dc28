package org.modelworkbench.app.desktop.main;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.modelworkbench.app.desktop.common.CutText;
import org.modelworkbench.app.desktop.common.Icons;
import org.modelworkbench.app.desktop.jobs.JobsSummary;

/**
 * The status bar: the sidebar's toggle, the project, the latest job's message and progress, the
 * jobs toggle, and the compute device. On a small window its texts shorten with "…", and a tooltip
 * gives the whole text (the project's tooltip is its folder).
 */
final class StatusBarView {
  /** The widest the project's name and the device may grow, so the job's message keeps room. */
  private static final double SIDE_TEXT_WIDTH = 240;

  private final StatusBar bar = new StatusBar();
  private final ToggleButton jobs = new ToggleButton();
  private final Button sidebar = new Button();

  StatusBarView(MainViewModel model, JobsSummary summary, BooleanProperty sidebarShown) {
    bar.setId("status-bar");
    bar.textProperty().bind(summary.messageProperty());
    bar.progressProperty().bind(summary.progressProperty());
    // The message's label belongs to the bar's skin: give it its tooltip once the skin made it.
    bar.skinProperty().addListener((obs, old, skin) -> {
      if (bar.lookup(".status-label") instanceof Label message) {
        message.setMinWidth(0);
        CutText.tooltipWhenCut(message);
      }
    });
    sidebar.setId("sidebar-toggle");
    sidebar.setGraphic(Icons.of(Material2MZ.VIEW_SIDEBAR, 14));
    sidebar.getStyleClass().addAll("flat", "status-sidebar");
    sidebar.setOnAction(event -> sidebarShown.set(!sidebarShown.get()));
    sidebar.setTooltip(new Tooltip("Show or hide the sidebar (Ctrl+B)"));
    sidebar.setAccessibleText("Sidebar");
    Label project = new Label();
    project.setId("status-project");
    project.setGraphic(Icons.of(Material2AL.FOLDER_OPEN, 14));
    project.textProperty().bind(model.projectLabelProperty());
    project.getStyleClass().add("status-project");
    project.setMaxWidth(SIDE_TEXT_WIDTH);
    keepRoom(project);
    Tooltip folder = new Tooltip();
    folder.textProperty().bind(Bindings.createStringBinding(() -> {
      var workbench = model.session().workbenchProperty().get();
      return workbench == null ? model.projectLabelProperty().get() : workbench.projectDir().toString();
    }, model.session().workbenchProperty(), model.projectLabelProperty()));
    project.setTooltip(folder);
    bar.getLeftItems().addAll(sidebar, project, new Separator(javafx.geometry.Orientation.VERTICAL));
    jobs.setId("jobs-toggle");
    jobs.setGraphic(Icons.of(Material2AL.LIST, 14));
    jobs.textProperty().bind(Bindings.createStringBinding(() -> {
      int active = summary.activeProperty().get();
      int failed = summary.failedProperty().get();
      String text = active == 0 ? "Jobs" : "Jobs: " + active + " running";
      return failed == 0 ? text : text + " · " + failed + " failed";
    }, summary.activeProperty(), summary.failedProperty()));
    jobs.getStyleClass().add("status-jobs");
    jobs.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    Label device = new Label();
    device.setId("device-label");
    device.setGraphic(Icons.of(Material2MZ.MEMORY, 14));
    device.textProperty().bind(model.deviceTextProperty());
    device.setMaxWidth(SIDE_TEXT_WIDTH);
    keepRoom(device);
    CutText.tooltipWhenCut(device);
    bar.getRightItems().addAll(jobs, new Separator(javafx.geometry.Orientation.VERTICAL), device);
  }

  /**
   * Lets the label shrink no further than its whole text (at most {@value #SIDE_TEXT_WIDTH} px):
   * the job's message in the middle gives way first.
   */
  private static void keepRoom(Label label) {
    label.minWidthProperty().bind(Bindings.createDoubleBinding(
        () -> Math.min(SIDE_TEXT_WIDTH, label.prefWidth(-1)), label.textProperty(), label.fontProperty()));
  }

  Node node() {
    return bar;
  }

  /** The toggle that shows the jobs panel. */
  ToggleButton jobsToggle() {
    return jobs;
  }

  /** The button that shows or hides the sidebar. */
  Button sidebarToggle() {
    return sidebar;
  }
}
