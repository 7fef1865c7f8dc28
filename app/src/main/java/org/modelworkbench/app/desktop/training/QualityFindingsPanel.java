package org.modelworkbench.app.desktop.training;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.modelworkbench.app.desktop.common.Icons;
import org.modelworkbench.model.QualityFinding;

/**
 * The data-quality findings for the chosen target, each with a one-click "Leave out" for the
 * column it concerns.
 */
final class QualityFindingsPanel {
  private QualityFindingsPanel() {}

  static Node create(TrainFormViewModel form) {
    VBox box = new VBox(6);
    box.setId("train-quality-findings");
    Runnable refresh = () -> {
      box.getChildren().clear();
      for (QualityFinding finding : form.findings()) {
        box.getChildren().add(row(form, finding));
      }
      if (form.findings().isEmpty()) {
        Label none = new Label(form.checkingFindingsProperty().get() ? "Checking the data for this target…"
            : "No data-quality warnings for this target and these columns.");
        none.getStyleClass().add("hint");
        box.getChildren().add(none);
      }
    };
    form.findings().addListener((ListChangeListener<QualityFinding>) change -> refresh.run());
    form.excluded().addListener((ListChangeListener<String>) change -> refresh.run());
    form.checkingFindingsProperty().addListener(observable -> refresh.run());
    refresh.run();
    // A fixed height that scrolls: the dialog keeps its buttons on small screens, and its layout
    // does not jump when the findings arrive from the background check.
    javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(box);
    scroll.setFitToWidth(true);
    scroll.setPrefViewportHeight(96);
    scroll.setMinViewportHeight(96);
    scroll.setMaxHeight(120);
    return scroll;
  }

  private static Node row(TrainFormViewModel form, QualityFinding finding) {
    boolean serious = finding.severity() == QualityFinding.Severity.SERIOUS;
    Label text = new Label(finding.message(), Icons.of(serious ? Material2AL.ERROR : Material2MZ.WARNING));
    text.setWrapText(true);
    text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    text.getStyleClass().add(serious ? "finding-serious" : "finding-warning");
    HBox.setHgrow(text, Priority.ALWAYS);
    text.setMaxWidth(Double.MAX_VALUE);
    HBox row = new HBox(8, text);
    String column = finding.column();
    if (column != null && !column.equals(form.targetProperty().get()) && !form.excluded().contains(column)) {
      Button leaveOut = new Button("Leave out");
      leaveOut.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
      leaveOut.setId("leave-out-" + column);
      leaveOut.setOnAction(e -> form.excluded().add(column));
      row.getChildren().add(leaveOut);
    }
    return row;
  }
}
