package org.modelworkbench.app.desktop.training;

import org.modelworkbench.app.desktop.common.PageHeader;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.modelworkbench.app.desktop.charts.CurveCharts;
import org.modelworkbench.app.desktop.common.Icons;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.RunInfo;

/**
 * The live view of a run: loss and metric per epoch as they come, a progress bar with the time
 * left and the speed, Cancel, and a link to the run once it has ended.
 */
public final class TrainingMonitorView {
  private final VBox root;

  /**
   * Builds the view.
   *
   * @param model the run's monitor model
   * @param openRun opens the finished run
   */
  public TrainingMonitorView(TrainingMonitorViewModel model, Consumer<RunInfo> openRun) {
    Label title = new Label(model.title());
    title.getStyleClass().add("page-title");
    Label device = new Label();
    device.getStyleClass().add("page-subtitle");
    device.textProperty().bind(Bindings.createStringBinding(() -> {
      Long id = model.runIdProperty().get();
      String run = id == null ? "" : "Run " + id;
      String on = model.deviceProperty().get().isEmpty() ? "" : " on " + model.deviceProperty().get();
      return run + on;
    }, model.runIdProperty(), model.deviceProperty()));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button cancel = new Button("Cancel training", Icons.of(Material2MZ.STOP));
    cancel.setId("cancel-training");
    cancel.getStyleClass().add("danger");
    cancel.setOnAction(event -> model.cancel());
    cancel.disableProperty().bind(Bindings.createBooleanBinding(
        () -> model.stateProperty().get().isDone() || model.stateProperty().get() == MonitorState.STOPPING,
        model.stateProperty()));
    Button open = new Button("Open the run", Icons.of(Material2AL.ARROW_FORWARD));
    open.setId("open-finished-run");
    open.getStyleClass().add("accent");
    open.visibleProperty().bind(model.resultProperty().isNotNull());
    open.managedProperty().bind(open.visibleProperty());
    open.setOnAction(event -> openRun.accept(model.resultProperty().get()));
    HBox header = new HBox(12, new VBox(2, title, device), spacer, cancel, open);
    header.setAlignment(Pos.CENTER_LEFT);
    PageHeader.style(header);

    ProgressBar bar = new ProgressBar();
    bar.setId("training-progress");
    bar.progressProperty().bind(model.progressProperty());
    bar.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(bar, Priority.ALWAYS);
    Label status = new Label();
    status.setId("training-status");
    status.textProperty().bind(model.statusProperty());
    status.getStyleClass().add("strong");
    Label left = new Label();
    left.textProperty().bind(model.timeLeftProperty());
    Label speed = new Label();
    speed.textProperty().bind(model.speedProperty());
    HBox facts = new HBox(24, status, left, speed);
    facts.setAlignment(Pos.CENTER_LEFT);
    Label notices = new Label();
    notices.getStyleClass().add("notice");
    notices.setWrapText(true);
    notices.visibleProperty().bind(Bindings.isNotEmpty(model.notices()));
    notices.managedProperty().bind(notices.visibleProperty());
    model.notices().addListener((ListChangeListener<String>) change -> notices.setText(String.join("\n", model.notices())));
    VBox progress = new VBox(8, bar, facts, notices);
    progress.getStyleClass().add("card");

    LineChart<Number, Number> loss = CurveCharts.lossChart();
    loss.setId("live-loss-chart");
    LineChart<Number, Number> metric = CurveCharts.metricChart(model.task());
    metric.setId("live-metric-chart");
    CurveCharts.show(loss, metric, model.epochs());
    model.epochs().addListener((ListChangeListener<EpochMetrics>) change -> {
      while (change.next()) {
        for (EpochMetrics epoch : change.getAddedSubList()) {
          CurveCharts.append(loss, metric, epoch, model.epochs());
        }
      }
    });
    // Runs that report optimiser steps (text fine-tuning) draw each step's loss between the epochs.
    javafx.scene.chart.XYChart.Series<Number, Number> stepLoss = new javafx.scene.chart.XYChart.Series<>();
    stepLoss.setName("step loss");
    model.steps().addListener((ListChangeListener<StepPoint>) change -> {
      while (change.next()) {
        if (stepLoss.getChart() == null && !change.getAddedSubList().isEmpty()) {
          loss.getData().add(stepLoss);
        }
        for (StepPoint point : change.getAddedSubList()) {
          stepLoss.getData().add(new javafx.scene.chart.XYChart.Data<>(point.epochs(), point.trainLoss()));
        }
      }
    });
    HBox charts = new HBox(16, loss, metric);
    HBox.setHgrow(loss, Priority.ALWAYS);
    HBox.setHgrow(metric, Priority.ALWAYS);
    VBox.setVgrow(charts, Priority.ALWAYS);
    VBox body = new VBox(16, progress, charts);
    body.getStyleClass().add("page-body");
    VBox.setVgrow(body, Priority.ALWAYS);
    root = new VBox(header, body);
    root.getStyleClass().add("page");
    root.setId("training-monitor");
  }

  /** The view's node. */
  public Node node() {
    return root;
  }
}
