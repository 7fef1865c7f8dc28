package org.modelworkbench.app.desktop.dataset;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.material2.Material2AL;
import org.modelworkbench.app.desktop.common.Icons;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnType;

/**
 * The bar above the rows: a column chooser, a filter text (applied a moment after typing stops,
 * or at once on Enter), "Missing only", Clear, and the count of rows kept.
 */
final class FilterBar {
  private static final Duration TYPING_PAUSE = Duration.millis(300);

  private FilterBar() {}

  static Node create(RowBrowser browser) {
    ComboBox<String> column = new ComboBox<>();
    column.setId("filter-column");
    browser.dataset().columns().forEach(c -> column.getItems().add(c.name()));
    column.valueProperty().bindBidirectional(browser.filterColumnProperty());
    column.setPromptText("Any column");

    TextField text = new TextField(browser.filterTextProperty().get());
    text.setId("filter-text");
    text.setPrefColumnCount(16);
    text.setMinWidth(110);
    PauseTransition typing = new PauseTransition(TYPING_PAUSE);
    typing.setOnFinished(event -> browser.filterTextProperty().set(text.getText()));
    text.textProperty().addListener((obs, old, typed) -> typing.playFromStart());
    text.setOnAction(event -> {
      typing.stop();
      browser.filterTextProperty().set(text.getText());
    });
    browser.filterTextProperty().addListener((obs, old, value) -> {
      if (!value.equals(text.getText())) {
        text.setText(value);
      }
    });
    Runnable hint = () -> text.setPromptText(column.getValue() == null ? "Pick a column, then type to filter"
        : FilterText.hint(typeOf(browser, column.getValue())));
    column.valueProperty().addListener((obs, old, value) -> hint.run());
    hint.run();

    CheckBox missing = new CheckBox("Missing only");
    missing.setId("filter-missing");
    missing.selectedProperty().bindBidirectional(browser.missingOnlyProperty());
    text.disableProperty().bind(missing.selectedProperty());

    Button clear = new Button("Clear", Icons.of(Material2AL.CLOSE));
    clear.setId("filter-clear");
    clear.setOnAction(event -> {
      typing.stop();
      text.clear();
      browser.clearFilter();
    });

    Label count = new Label();
    count.setId("rows-count");
    count.textProperty().bind(browser.countTextProperty());
    count.getStyleClass().add("rows-count");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    // On a small screen the filter text gives way first; the other controls keep their words.
    column.setMaxWidth(200);
    for (Region whole : new Region[] {missing, clear, count}) {
      whole.setMinWidth(Region.USE_PREF_SIZE);
    }
    // Says that every column filters: analysts did not find it on their own.
    Label filter = new Label("Filter by column", Icons.of(Material2AL.FILTER_ALT, 14));
    filter.setId("filter-hint");
    filter.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    javafx.scene.control.Tooltip how = new javafx.scene.control.Tooltip("Any column can be filtered: pick it, then "
        + "type a word or \"a phrase\", =text for an exact value, or for numbers 42, >100 or 10..20.");
    how.setWrapText(true);
    how.setMaxWidth(360);
    filter.setTooltip(how);
    text.setTooltip(how);
    HBox bar = new HBox(8, filter, column, text, missing, clear, spacer, count);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add("filter-bar");
    bar.setPadding(new Insets(0, 12, 0, 12));

    Label problem = new Label();
    problem.setId("filter-problem");
    problem.setWrapText(true);
    problem.getStyleClass().add("finding-serious");
    problem.textProperty().bind(browser.problemProperty());
    problem.visibleProperty().bind(browser.problemProperty().isNotEmpty());
    problem.managedProperty().bind(problem.visibleProperty());
    VBox.setMargin(problem, new Insets(0, 12, 0, 12));
    return new VBox(4, bar, problem);
  }

  private static ColumnType typeOf(RowBrowser browser, String column) {
    return column == null ? null : browser.dataset().column(column).map(ColumnProfile::type).orElse(null);
  }
}
