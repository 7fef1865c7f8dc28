package org.modelworkbench.app.desktop.dataset;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.modelworkbench.model.ValueCount;

/** The class balance of a target column: pick the column, see a bar per class. */
final class ClassBalancePanel {
  private final VBox root;

  ClassBalancePanel(DatasetViewModel model) {
    ComboBox<String> target = new ComboBox<>(FXCollections.observableArrayList(model.targetCandidates()));
    target.setPromptText("Choose the column to predict");
    target.setId("balance-target");
    target.valueProperty().bindBidirectional(model.targetProperty());
    Label pick = new Label("Target column");
    HBox bar = new HBox(10, pick, target);
    bar.setAlignment(Pos.CENTER_LEFT);
    Label message = new Label();
    message.setWrapText(true);
    message.textProperty().bind(model.balanceMessageProperty());
    message.getStyleClass().add("hint");
    CategoryAxis classes = new CategoryAxis();
    NumberAxis counts = new NumberAxis();
    counts.setLabel("Rows");
    BarChart<String, Number> chart = new BarChart<>(classes, counts);
    chart.setAnimated(false);
    chart.setLegendVisible(false);
    chart.getStyleClass().add("balance-chart");
    VBox.setVgrow(chart, Priority.ALWAYS);
    model.balance().addListener((ListChangeListener<ValueCount>) change -> {
      XYChart.Series<String, Number> series = new XYChart.Series<>();
      for (ValueCount value : model.balance()) {
        series.getData().add(new XYChart.Data<>(value.value() == null ? "(missing)" : value.value(), value.count()));
      }
      chart.setCategoryGap(model.balance().size() <= 4 ? 160 : 10);
      chart.getData().setAll(java.util.List.of(series));
    });
    root = new VBox(12, bar, message, chart);
    root.setPadding(new Insets(16));
  }

  Node node() {
    return root;
  }
}
