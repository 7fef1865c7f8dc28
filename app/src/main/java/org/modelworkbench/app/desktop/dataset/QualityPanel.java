package org.modelworkbench.app.desktop.dataset;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.modelworkbench.app.desktop.common.Icons;
import org.modelworkbench.model.QualityFinding;

/**
 * The quality tab: the findings in a table (severity with an icon, column, the finding in wrapped
 * text) with "Leave out when training" on findings about a column, and the columns left out so far.
 * Above them, the target the findings are checked for and one button that leaves out every
 * column the findings advise leaving out (ID-like columns, columns that leak the target).
 */
final class QualityPanel {
  private static final String LEAVE_OUT = "Leave out when training";

  private QualityPanel() {}

  static Node create(DatasetViewModel model) {
    QualityFindings quality = model.quality();
    Label message = new Label();
    message.setId("quality-message");
    message.setWrapText(true);
    message.textProperty().bind(quality.messageProperty());

    TableView<QualityFinding> table = new TableView<>(quality.findings());
    table.setId("quality-table");
    Label empty = new Label();
    empty.textProperty().bind(Bindings.when(quality.checkedProperty())
        .then("No findings: nothing in the data needs your attention.")
        .otherwise("The findings appear here when the check is done."));
    table.setPlaceholder(empty);
    TableColumn<QualityFinding, QualityFinding.Severity> severity = new TableColumn<>("Severity");
    severity.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().severity()));
    severity.setCellFactory(c -> new SeverityCell());
    severity.setPrefWidth(110);
    // Icon and word ("Warning") in full.
    org.modelworkbench.app.desktop.common.ColumnWidths.fit(severity, "Warning     ");
    TableColumn<QualityFinding, String> column = new TableColumn<>("Column");
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
        cell.getValue().column() == null ? "(whole table)" : cell.getValue().column()));
    column.setPrefWidth(150);
    // The key column first: the longest column name shows in full.
    org.modelworkbench.app.desktop.common.ColumnWidths.fit(column, model.dataset().columns().stream()
        .map(org.modelworkbench.model.ColumnProfile::name).toArray(String[]::new));
    TableColumn<QualityFinding, String> finding = new TableColumn<>("Finding");
    finding.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().message()));
    finding.setCellFactory(c -> new WrappedCell());
    finding.setPrefWidth(520);
    finding.setMinWidth(200);
    TableColumn<QualityFinding, QualityFinding> action = new TableColumn<>("");
    action.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
    action.setCellFactory(c -> new ActionCell(model));
    action.setPrefWidth(210);
    // "Leave out when training" on its button, never cut: its text, the button's padding and the cell's.
    action.setMinWidth(Math.ceil(org.modelworkbench.app.desktop.common.ColumnWidths.textWidth(LEAVE_OUT) + 52));
    for (TableColumn<QualityFinding, ?> c : java.util.List.of(severity, column, finding, action)) {
      c.setSortable(false);
      table.getColumns().add(c);
    }
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    model.leftOut().addListener((ListChangeListener<String>) change -> table.refresh());
    VBox.setVgrow(table, Priority.ALWAYS);

    Label leftOut = new Label();
    leftOut.setId("quality-left-out");
    leftOut.textProperty().bind(Bindings.createStringBinding(() -> model.leftOut().isEmpty()
        ? "No columns are left out. Train model… uses every column except the target."
        : "Left out when training: " + String.join(", ", model.leftOut()) + ".", model.leftOut()));
    ComboBox<String> target = new ComboBox<>(FXCollections.observableArrayList(model.targetCandidates()));
    target.setId("quality-target");
    target.setPromptText("Choose the column to predict");
    target.valueProperty().bindBidirectional(model.targetProperty());
    Label targetLabel = new Label("Target column");
    Button leaveOutFlagged = new Button();
    leaveOutFlagged.setId("leave-out-flagged");
    leaveOutFlagged.setOnAction(event -> model.leaveOutFlagged());
    Runnable flagged = () -> {
      java.util.List<String> columns = model.flaggedColumns();
      leaveOutFlagged.setText("Leave out " + (columns.size() == 1 ? "the flagged column: " : "the flagged columns: ")
          + String.join(", ", columns));
      leaveOutFlagged.setVisible(!columns.isEmpty());
      leaveOutFlagged.setManaged(!columns.isEmpty());
    };
    flagged.run();
    quality.findings().addListener((ListChangeListener<QualityFinding>) change -> flagged.run());
    model.leftOut().addListener((ListChangeListener<String>) change -> flagged.run());
    model.targetProperty().addListener((obs, old, value) -> flagged.run());
    HBox bar = new HBox(10, targetLabel, target, leaveOutFlagged);
    bar.setAlignment(Pos.CENTER_LEFT);
    VBox box = new VBox(8, bar, message, table, leftOut);
    box.setPadding(new Insets(12));
    return box;
  }

  /** The severity as an icon and a word. */
  private static final class SeverityCell extends TableCell<QualityFinding, QualityFinding.Severity> {
    @Override
    protected void updateItem(QualityFinding.Severity item, boolean empty) {
      super.updateItem(item, empty);
      getStyleClass().removeAll("finding-serious", "finding-warning", "finding-info");
      if (empty || item == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      setText(switch (item) {
        case SERIOUS -> "Serious";
        case WARNING -> "Warning";
        case INFO -> "Info";
      });
      setGraphic(Icons.of(switch (item) {
        case SERIOUS -> Material2AL.ERROR;
        case WARNING -> Material2MZ.WARNING;
        case INFO -> Material2AL.INFO;
      }));
      getStyleClass().add("finding-" + item.label());
    }
  }

  /** Text wrapped to the column's width, so a long finding reads in full. */
  private static final class WrappedCell extends TableCell<QualityFinding, String> {
    private final Text text = new Text();

    WrappedCell() {
      text.wrappingWidthProperty().bind(widthProperty().subtract(16));
      text.getStyleClass().add("text");
    }

    @Override
    protected void updateItem(String item, boolean empty) {
      super.updateItem(item, empty);
      text.setText(empty || item == null ? null : item);
      setGraphic(empty || item == null ? null : text);
    }
  }

  /** "Leave out when training" on a finding about a column, or "Left out" with "Use again". */
  private static final class ActionCell extends TableCell<QualityFinding, QualityFinding> {
    private final DatasetViewModel model;

    ActionCell(DatasetViewModel model) {
      this.model = model;
    }

    @Override
    protected void updateItem(QualityFinding item, boolean empty) {
      super.updateItem(item, empty);
      setText(null);
      String column = empty || item == null ? null : item.column();
      if (column == null || model.dataset().column(column).isEmpty()) {
        setGraphic(null);
        return;
      }
      if (model.leftOut().contains(column)) {
        Label left = new Label("Left out");
        Button again = new Button("Use again");
        again.setId("use-again-" + column);
        again.setOnAction(event -> model.useAgain(column));
        HBox box = new HBox(8, left, again);
        box.setAlignment(Pos.CENTER_LEFT);
        setGraphic(box);
        return;
      }
      Button leave = new Button(LEAVE_OUT);
      leave.setMinWidth(Region.USE_PREF_SIZE);
      leave.setId("leave-out-" + column);
      leave.setOnAction(event -> model.leaveOut(column));
      setGraphic(leave);
    }
  }
}
