package org.modelworkbench.app.desktop.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Axis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.charts.CurveChart;
import org.modelworkbench.app.desktop.support.TestProjects;
import org.modelworkbench.app.desktop.support.WindowTestBase;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.TrainingCurves;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.training.TrainRequest;
import org.modelworkbench.services.training.TrainingObserver;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The run view of penguins' species (long class names such as "Chinstrap") in a 1024×700 window:
 * no key label is cut to "…" (matrix row and column labels, per-class headers, the subtitle with
 * its time), a clicked cell's rows open in view beside the matrix, and the curves read well with
 * many epochs and with one.
 */
@ExtendWith(ApplicationExtension.class)
class SmallScreenRunViewTest extends WindowTestBase {
  @TempDir
  static Path dir;
  static RunInfo longRun;
  static RunInfo oneEpoch;
  static List<EpochMetrics> longCurve;

  @BeforeAll
  static void project() {
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      DatasetInfo penguins = workbench.datasets().importCsv(TestProjects.samples().resolve("penguins.csv"), null, false,
          ProgressListener.NONE, CancellationToken.none()).dataset();
      longRun = train(workbench, penguins, 12);
      oneEpoch = train(workbench, penguins, 1);
      longCurve = workbench.catalog().curve(longRun.id());
    }
  }

  private static RunInfo train(Workbench workbench, DatasetInfo penguins, int epochs) {
    TrainingSettings d = TrainingSettings.defaults("species");
    TrainingSettings settings = new TrainingSettings("species", null, ModelKind.MLP, epochs, 32, 0.003, 7L, "cpu", 0,
        null, d.hiddenUnits(), epochs, d.validationFraction(), d.testFraction(), List.of());
    return workbench.training().train(TrainRequest.of(penguins, settings), TrainingObserver.NONE,
        CancellationToken.none());
  }

  @Start
  void start(Stage stage) {
    showWindow(stage, dir.resolve("project"), dir.resolve("Sample project"));
    stage.setWidth(1024);
    stage.setHeight(700);
  }

  @Stop
  void stop() {
    closeWindow();
  }

  /** The texts of the labels under {@code root} matching {@code selector} that show other than their whole text. */
  static List<String> elided(Parent root, String selector) {
    List<String> cut = new ArrayList<>();
    for (Node node : root.lookupAll(selector)) {
      if (node instanceof Labeled labeled && labeled.isVisible() && labeled.getText() != null
          && !labeled.getText().isEmpty()) {
        Node shown = labeled.lookup(".text");
        String rendered = shown instanceof Text text ? text.getText() : "";
        if (!labeled.getText().equals(rendered)) {
          cut.add(labeled.getText() + " shown as '" + rendered + "'");
        }
      }
    }
    return cut;
  }

  private void showRun(RunInfo run) {
    waitForProject();
    interact(() -> window.select("run:" + run.id()));
    waitUntil("the run view shows its matrix", 30, () -> lookup("#cell-Chinstrap-Chinstrap").tryQuery().isPresent()
        && lookup("#per-class .column-header .label").tryQuery().isPresent());
    waitUntil("the page is laid out", 5, () -> window.stage().getWidth() == 1024);
  }

  @Test
  void noKeyLabelIsCutInA1024By700Window() {
    showRun(longRun);
    Parent page = lookup("#run-view").query();
    List<String> heads = new ArrayList<>();
    interact(() -> {
      page.applyCss();
      page.layout();
      heads.addAll(page.lookupAll(".matrix-head").stream().map(n -> ((Labeled) n).getText()).toList());
    });
    assertThat(heads).as("matrix rows and columns").contains("Adelie", "Chinstrap", "Gentoo").hasSize(6);
    List<String> cut = new ArrayList<>();
    interact(() -> {
      cut.addAll(elided(page, ".matrix-head"));
      cut.addAll(elided(page, ".matrix-corner"));
      cut.addAll(elided(lookup("#per-class").query(), ".column-header .label"));
      cut.addAll(elided(page, "#run-subtitle"));
      cut.addAll(elided(page, ".fact-label"));
    });
    assertThat(cut).as("labels cut to …").isEmpty();
    TableView<?> perClass = lookup("#per-class").query();
    assertThat(perClass.getColumns()).extracting(c -> c.getText())
        .containsExactly("Class", "Precision", "Recall", "F1", "Rows");
    List<String> classes = new ArrayList<>();
    interact(() -> {
      for (Node node : perClass.lookupAll(".table-cell")) {
        if (node instanceof javafx.scene.control.TableCell<?, ?> cell && cell.getTableColumn() == perClass.getColumns().get(0)
            && cell.getText() != null && !cell.isEmpty()) {
          Node shown = cell.lookup(".text");
          classes.add(shown instanceof Text text ? text.getText() : "");
        }
      }
    });
    assertThat(classes).as("class names in the table, as drawn").contains("Adelie", "Chinstrap", "Gentoo");
  }

  @Test
  void aClickedCellListsItsRowsBesideTheMatrixInView() {
    showRun(longRun);
    javafx.scene.control.ScrollPane scroll = lookup(".page-scroll").query();
    double before = scroll.getVvalue();
    interact(() -> ((javafx.scene.layout.Region) lookup("#cell-Chinstrap-Chinstrap").query()).getOnMouseClicked()
        .handle(null));
    waitUntil("the cell's rows are listed", 30, () -> lookup("#cell-rows").tryQuery()
        .map(n -> !((TableView<?>) n).getItems().isEmpty()).orElse(false));
    Node panel = lookup("#cell-panel").query();
    Node rows = lookup("#cell-rows").query();
    interact(() -> {
      Bounds window = new javafx.geometry.BoundingBox(0, 0, 1024, 700);
      Bounds shown = panel.localToScene(panel.getLayoutBounds());
      assertThat(window.contains(shown.getMinX(), shown.getMinY())).as("panel's top left in the window").isTrue();
      Bounds table = rows.localToScene(rows.getLayoutBounds());
      assertThat(table.getMinY()).as("rows start on the first screen").isLessThan(500);
      assertThat(table.getHeight()).as("rows have room").isGreaterThan(150);
      assertThat(table.getMaxX()).isLessThanOrEqualTo(1024.5);
      Node lastColumn = lookup("#cell-Gentoo-Gentoo").query();
      Bounds cells = lastColumn.localToScene(lastColumn.getLayoutBounds());
      assertThat(cells.getMaxX()).as("the whole matrix beside the rows").isLessThanOrEqualTo(shown.getMinX());
    });
    assertThat(scroll.getVvalue()).as("nothing had to scroll").isEqualTo(before);
    assertThat(lookup("#cell-rows-title").queryLabeled().getText()).contains("of actual Chinstrap predicted as Chinstrap");
    clickOn("#close-cell-rows");
    waitUntil("the panel closes", 10, () -> lookup("#cell-panel").tryQuery().isEmpty());
  }

  @Test
  void curvesShowWholeEpochsAnAccuracyUpToOneAndTheBestEpoch() {
    showRun(longRun);
    CurveChart loss = lookup("#run-loss-chart").query();
    CurveChart metric = lookup("#run-metric-chart").query();
    int best = TrainingCurves.bestEpoch(longCurve).orElseThrow().epoch();
    assertThat(loss.bestEpoch()).isEqualTo(OptionalInt.of(best));
    assertThat(metric.bestEpoch()).isEqualTo(OptionalInt.of(best));
    assertThat(loss.bestEpochLabel().getText()).isEqualTo("best epoch " + best);
    assertThat(loss.bestEpochLabel().isVisible()).isTrue();
    assertThat(metric.valueAxis().getUpperBound()).isLessThanOrEqualTo(1.0);
    assertThat(loss.isLegendVisible()).isTrue();
    assertThat(loss.getData()).extracting(XYChart.Series::getName).containsExactly("Training loss", "Validation loss");
    assertThat(loss.getStyleClass()).contains("training-curves");
    assertThat(tickLabels(loss.epochAxis())).isNotEmpty().allMatch(label -> label.isEmpty() || label.matches("\\d+"));
  }

  @Test
  void aSingleEpochShowsItsPointsOnASensibleAxis() {
    showRun(oneEpoch);
    CurveChart loss = lookup("#run-loss-chart").query();
    CurveChart metric = lookup("#run-metric-chart").query();
    assertThat(lookup(".card-title").queryAllAs(Labeled.class)).extracting(Labeled::getText)
        .contains("Training curves (1 epoch)");
    for (CurveChart chart : List.of(loss, metric)) {
      assertThat(chart.getCreateSymbols()).isTrue();
      XYChart.Data<Number, Number> point = chart.getData().get(0).getData().get(0);
      assertThat(point.getNode()).as("the point's marker").isNotNull();
      assertThat(point.getNode().isVisible()).isTrue();
      assertThat(chart.valueAxis().getUpperBound()).isGreaterThan(chart.valueAxis().getLowerBound());
      assertThat(chart.epochAxis().getLowerBound()).isLessThan(1);
      assertThat(chart.epochAxis().getUpperBound()).isGreaterThan(1);
      assertThat(tickLabels(chart.epochAxis()).stream().filter(label -> !label.isEmpty())).containsExactly("1");
    }
    assertThat(metric.valueAxis().getUpperBound()).isLessThanOrEqualTo(1.0);
  }

  /** The tick labels the axis draws (its Text nodes), visible ones only. */
  private List<String> tickLabels(Axis<Number> axis) {
    List<String> labels = new ArrayList<>();
    interact(() -> {
      axis.applyCss();
      axis.layout();
      // The axis draws each tick's label as a Text child of its own.
      for (Node node : axis.getChildrenUnmodifiable()) {
        if (node instanceof Text text && text.isVisible()) {
          labels.add(text.getText() == null ? "" : text.getText());
        }
      }
    });
    return labels;
  }
}
