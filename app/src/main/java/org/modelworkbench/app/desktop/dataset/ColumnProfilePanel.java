package org.modelworkbench.app.desktop.dataset;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.TextProfile;

/**
 * The profile of one column: its facts and a histogram or its most frequent values. A column of
 * words has a button to read it as free text or as categories; a free-text column also shows its
 * full text profile once read.
 */
final class ColumnProfilePanel {
  private static final int MAX_BARS = 15;

  private final Label title = new Label();
  private final GridPane facts = new GridPane();
  private final Label chartTitle = new Label();
  private final BarChart<String, Number> chart;
  private final VBox root;
  private final ScrollPane scroll;
  private final long rows;
  private final TextColumns texts;
  private final Button switchType = new Button();
  private final GridPane textFacts = new GridPane();
  private final Label textMessage = new Label();
  private ColumnProfile current;

  ColumnProfilePanel(long rows) {
    this(rows, null);
  }

  ColumnProfilePanel(long rows, TextColumns texts) {
    this.rows = rows;
    this.texts = texts;
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
    switchType.setId("column-type-switch");
    switchType.setTooltip(new Tooltip("Free text is read word by word by text models; categories are a few"
        + " repeated values (a city, a product) that a table model uses one by one"));
    switchType.setOnAction(event -> {
      if (texts != null) {
        texts.switchType(current);
      }
    });
    textFacts.setId("text-facts");
    textFacts.setHgap(24);
    textFacts.setVgap(6);
    textFacts.getStyleClass().add("facts");
    javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
    javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
    values.setHgrow(Priority.ALWAYS);
    values.setFillWidth(true);
    textFacts.getColumnConstraints().setAll(labels, values);
    textMessage.setId("text-message");
    textMessage.setWrapText(true);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox heading = new HBox(12, title, spacer, switchType);
    heading.setAlignment(Pos.CENTER_LEFT);
    root = new VBox(12, heading, facts, textFacts, textMessage, chartTitle, chart);
    if (texts != null) {
      texts.profileProperty().addListener((obs, old, text) -> showText(text));
      textMessage.textProperty().bind(texts.messageProperty());
    }
    root.setPadding(new Insets(16));
    root.getStyleClass().add("profile-panel");
    // A text column's profile is taller than the others': it scrolls rather than squeezing the chart.
    scroll = new ScrollPane(root);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    root.minHeightProperty().bind(scroll.heightProperty().subtract(2));
  }

  Node node() {
    return scroll;
  }

  void show(ColumnProfile profile) {
    current = profile;
    facts.getChildren().clear();
    chart.getData().clear();
    boolean switchable = texts != null && TextColumns.canSwitch(profile);
    switchType.setVisible(switchable);
    switchType.setManaged(switchable);
    switchType.setText(TextColumns.switchLabel(profile));
    showText(texts == null ? null : texts.profileProperty().get());
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

  private void showText(TextProfile text) {
    textFacts.getChildren().clear();
    boolean shown = text != null && current != null && text.column().equals(current.name());
    textFacts.setVisible(shown);
    textFacts.setManaged(shown);
    if (!shown) {
      return;
    }
    int row = 0;
    for (ProfileFacts.Fact fact : ProfileFacts.textFacts(text)) {
      Label label = new Label(fact.label());
      label.getStyleClass().add("fact-label");
      // The value wraps; the label keeps its full width.
      label.setMinWidth(Region.USE_PREF_SIZE);
      Label value = new Label(fact.value());
      value.getStyleClass().add("fact-value");
      value.setWrapText(true);
      textFacts.addRow(row++, label, value);
    }
  }
}
