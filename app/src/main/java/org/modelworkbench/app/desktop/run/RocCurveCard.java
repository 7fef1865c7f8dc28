package org.modelworkbench.app.desktop.run;

import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.modelworkbench.app.desktop.common.Cards;
import org.modelworkbench.model.RocCurve;

/**
 * The ROC curve of a two-class run on its test split, with the chance diagonal for reference.
 */
final class RocCurveCard {
  private RocCurveCard() {}

  /** A card that draws the curve once the property holds one. */
  static Node create(ReadOnlyObjectProperty<RocCurve> curve) {
    NumberAxis x = new NumberAxis("False-positive rate", 0, 1, 0.1);
    NumberAxis y = new NumberAxis("True-positive rate", 0, 1, 0.1);
    LineChart<Number, Number> chart = new LineChart<>(x, y);
    chart.setId("run-roc-chart");
    chart.setCreateSymbols(false);
    chart.setAnimated(false);
    chart.setPrefHeight(320);
    chart.setMaxWidth(520);
    Label hint = new Label("Computing the ROC curve…");
    hint.setWrapText(true);
    curve.addListener((obs, old, roc) -> show(chart, hint, roc));
    show(chart, hint, curve.get());
    return Cards.card("ROC curve (test rows)", new VBox(8, chart, hint));
  }

  private static void show(LineChart<Number, Number> chart, Label hint, RocCurve roc) {
    if (roc == null) {
      return;
    }
    XYChart.Series<Number, Number> model = new XYChart.Series<>();
    model.setName("Model (AUC " + String.format(Locale.ROOT, "%.3f", roc.auc()) + ")");
    for (int i = 0; i < roc.falsePositiveRate().length; i++) {
      model.getData().add(new XYChart.Data<>(roc.falsePositiveRate()[i], roc.truePositiveRate()[i]));
    }
    XYChart.Series<Number, Number> chance = new XYChart.Series<>();
    chance.setName("Chance");
    chance.getData().add(new XYChart.Data<>(0, 0));
    chance.getData().add(new XYChart.Data<>(1, 1));
    chart.getData().setAll(model, chance);
    hint.setText("Each point is a threshold on the probability of '" + roc.positiveLabel()
        + "': how many of them the model finds (up) against how many others it wrongly flags (right). "
        + "The closer the curve hugs the top-left corner, the better.");
  }
}
