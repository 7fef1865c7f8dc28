package org.modelworkbench.app.desktop.dataset;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.modelworkbench.model.ColumnProfile;

/** The profile of one column: its facts and a histogram or its most frequent values. */
final class ColumnProfilePanel {
  private static final int MAX_BARS = 15;

  private final Label title = new Label();
  private final GridPane facts = new GridPane();
  private final Label chartTitle = new Label();
  private final BarChart<String, Number> chart;
  private final VBox root;
  private final long rows;

  ColumnProfilePanel(long rows) {
    this.rows = rows;
    title.getStyleClass().add("section-title");
    chartTitle.getStyleClass().add("subsection-title");
    facts.setHgap(24);
    facts.setVgap(6);
    facts.getStyleClass().add("facts");
    CategoryAxis x = new CategoryAxis();
    NumberAxis y = new NumberAxis();
    y.setLabel("Rows");
    chart = new BarChart<>(x, y);
    chart.setAnimated(false);
    chart.setLegendVisible(false);
    chart.setCategoryGap(2);
    chart.setMinHeight(220);
    chart.getStyleClass().add("profile-chart");
    VBox.setVgrow(chart, Priority.ALWAYS);
    root = new VBox(12, title, facts, chartTitle, chart);
    root.setPadding(new Insets(16));
    root.getStyleClass().add("profile-panel");
  }

  Node node() {
    return root;
  }

  void show(ColumnProfile profile) {
    facts.getChildren().clear();
    chart.getData().clear();
    if (profile == null) {
      title.setText("Pick a column to see its profile");
      chartTitle.setText("");
      return;
    }
    title.setText(profile.name());
    int row = 0;
    for (ProfileFacts.Fact fact : ProfileFacts.facts(profile, rows)) {
      Label label = new Label(fact.label());
      label.getStyleClass().add("fact-label");
      Label value = new Label(fact.value());
      value.getStyleClass().add("fact-value");
      facts.addRow(row++, label, value);
    }
    chartTitle.setText(ProfileFacts.chartTitle(profile));
    XYChart.Series<String, Number> series = new XYChart.Series<>();
    for (ProfileFacts.Bar bar : ProfileFacts.bars(profile, MAX_BARS)) {
      series.getData().add(new XYChart.Data<>(bar.label(), bar.count()));
    }
    chart.getData().add(series);
  }
}
