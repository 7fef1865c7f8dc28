package org.modelworkbench.app.desktop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Spinner;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.modelworkbench.app.desktop.main.MainWindow;
import org.modelworkbench.app.desktop.main.SidebarItem;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a picture of the window for the documentation ({@code -Dworkbench.screenshot=PATH}, armed
 * by {@link ScreenshotApplication}; {@code app/screenshot.sh} runs it):
 * once the project is open, it shows the asked view (run, dataset, row (a row selected), sorted, filtered, quality,
 * runs, compare, train, monitor, welcome (a first start's welcome panel once its example run trained),
 * opening (the window while the project still opens), images: the first image dataset's Images tab, preview: its first
 * picture's preview, model: the first
 * imported model's page, cell: the newest run with
 * its first mistaken confusion-matrix cell clicked), waits for it to settle, saves a PNG and quits. "sorted" sorts
 * the first dataset's rows by its second column, largest first; "filtered" also filters them by
 * {@code -Dworkbench.screenshot.filter=column=text}.
 */
final class ScreenshotHook {
  private static final Logger LOG = LoggerFactory.getLogger(ScreenshotHook.class);

  private final MainWindow window;
  private final Path target;
  private final String view;

  ScreenshotHook(MainWindow window, Path target, String view) {
    this.window = window;
    this.target = target;
    this.view = view;
  }

  void arm() {
    if (view.equals("opening")) {
      // The project is still opening (a first start imports the samples): its name with a spinner.
      later(Double.parseDouble(System.getProperty("workbench.screenshot.wait", "1.2")),
          () -> save(window.stage().getScene()));
      return;
    }
    ChangeListener<Number> once = new ChangeListener<>() {
      @Override
      public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number old, Number count) {
        window.model().refreshesProperty().removeListener(this);
        later(1.0, ScreenshotHook.this::arrange);
      }
    };
    window.model().refreshesProperty().addListener(once);
  }

  private void arrange() {
    switch (view) {
      case "dataset" -> {
        chosenDataset(window).ifPresent(d -> window.select("dataset:" + d.id()));
        later(2.5, () -> save(window.stage().getScene()));
      }
      case "columns", "balance" -> {
        chosenDataset(window).ifPresent(d -> window.select("dataset:" + d.id()));
        later(1.5, () -> {
          var tabs = (javafx.scene.control.TabPane) window.stage().getScene().lookup("#dataset-tabs");
          tabs.getSelectionModel().select(view.equals("columns") ? 1 : 2);
          if (view.equals("balance")) {
            @SuppressWarnings("unchecked")
            var target = (javafx.scene.control.ComboBox<String>) window.stage().getScene().lookup("#balance-target");
            target.getSelectionModel().selectLast();
          } else {
            var columns = (javafx.scene.control.TableView<?>) window.stage().getScene().lookup("#columns-table");
            columns.getSelectionModel().select(Integer.getInteger("workbench.screenshot.column", 3));
          }
          later(2, () -> save(window.stage().getScene()));
        });
      }
      case "row" -> {
        // The rows with one selected: for a dataset with free text, its text in full below the table.
        chosenDataset(window).ifPresent(d -> window.select("dataset:" + d.id()));
        later(1.5, () -> {
          var table = (javafx.scene.control.TableView<?>) window.stage().getScene().lookup("#rows-table");
          table.getSelectionModel().select(Math.min(2, table.getItems().size() - 1));
          later(2, () -> save(window.stage().getScene()));
        });
      }
      case "sorted", "filtered" -> {
        chosenDataset(window).ifPresent(d -> window.select("dataset:" + d.id()));
        later(1.5, () -> {
          Scene scene = window.stage().getScene();
          @SuppressWarnings("unchecked")
          var table = (javafx.scene.control.TableView<Integer>) scene.lookup("#rows-table");
          var column = table.getColumns().get(Math.min(2, table.getColumns().size() - 1));
          column.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
          table.getSortOrder().setAll(java.util.List.of(column));
          if (view.equals("filtered")) {
            String filter = System.getProperty("workbench.screenshot.filter", "");
            int at = filter.indexOf('=');
            if (at > 0) {
              @SuppressWarnings("unchecked")
              var chooser = (javafx.scene.control.ComboBox<String>) scene.lookup("#filter-column");
              chooser.setValue(filter.substring(0, at));
              var text = (javafx.scene.control.TextField) scene.lookup("#filter-text");
              text.setText(filter.substring(at + 1));
              text.fireEvent(new javafx.event.ActionEvent());
            }
          }
          later(4, () -> save(scene));
        });
      }
      case "quality" -> {
        chosenDataset(window).ifPresent(d -> window.select("dataset:" + d.id()));
        later(1.5, () -> {
          var tabs = (javafx.scene.control.TabPane) window.stage().getScene().lookup("#dataset-tabs");
          tabs.getSelectionModel().select(3);
          later(Double.parseDouble(System.getProperty("workbench.screenshot.wait", "5")),
              () -> save(window.stage().getScene()));
        });
      }
      case "images", "preview" -> {
        window.model().datasets().stream().filter(DatasetInfo::holdsImages).findFirst()
            .ifPresent(d -> window.select("dataset:" + d.id()));
        later(Double.parseDouble(System.getProperty("workbench.screenshot.wait", "3")), () -> {
          javafx.scene.Node first = window.stage().getScene().lookup(".gallery-thumbnail");
          if (view.equals("images") || first == null) {
            save(window.stage().getScene());
            return;
          }
          first.getOnMouseClicked().handle(null);
          later(1.5, () -> javafx.stage.Window.getWindows().stream()
              .filter(w -> w != window.stage() && w.getScene() != null
                  && w.getScene().lookup("#image-preview") != null)
              .findFirst().ifPresentOrElse(w -> save(w.getScene()), () -> save(window.stage().getScene())));
        });
      }
      case "model" -> {
        String wanted = System.getProperty("workbench.screenshot.model", "");
        window.model().models().stream().filter(m -> wanted.isEmpty() ? m.runId() == null : m.name().equals(wanted))
            .findFirst()
            .or(() -> window.model().models().stream().findFirst())
            .ifPresent(m -> window.select("model:" + m.id()));
        later(3, () -> save(window.stage().getScene()));
      }
      case "cell" -> {
        chosenRun().ifPresent(r -> window.select("run:" + r.id()));
        later(3, () -> {
          clickFirstMistake(window.stage().getScene());
          later(Double.parseDouble(System.getProperty("workbench.screenshot.wait", "4")),
              () -> save(window.stage().getScene()));
        });
      }
      case "models" -> {
        window.showSection(SidebarItem.Kind.MODELS);
        later(2.5, () -> save(window.stage().getScene()));
      }
      case "welcome" -> {
        // A first start: the welcome panel once the example run has trained (at most a minute).
        waitForExampleRun(60);
      }
      case "runs" -> {
        window.showSection(SidebarItem.Kind.RUNS);
        later(2.5, () -> save(window.stage().getScene()));
      }
      case "compare" -> {
        compareNewest(2);
        later(3, () -> save(window.stage().getScene()));
      }
      case "train", "monitor" -> {
        var dataset = chosenDataset(window);
        if (dataset.isEmpty()) {
          save(window.stage().getScene());
          return;
        }
        window.select("dataset:" + dataset.get().id());
        String base = System.getProperty("workbench.screenshot.base", "");
        if (base.isEmpty()) {
          window.train(dataset.get(), null);
        } else {
          window.fineTune(dataset.get(), null, base);
        }
        later(2.5, () -> {
          Scene dialog = window.trainDialog().getDialogPane().getScene();
          if (view.equals("train")) {
            // -Dworkbench.screenshot.epochs=TEXT shows the dialog with that typed into Epochs (say "0").
            String typed = System.getProperty("workbench.screenshot.epochs");
            if (typed != null) {
              ((Spinner<?>) dialog.lookup("#epochs")).getEditor().setText(typed);
              later(0.5, () -> save(dialog));
              return;
            }
            save(dialog);
            return;
          }
          Spinner<?> epochs = (Spinner<?>) dialog.lookup("#epochs");
          epochs.getEditor().setText("2000");
          ((javafx.scene.control.TextField) dialog.lookup("#learning-rate")).setText("0.0002");
          later(1.5, () -> {
            ((javafx.scene.control.Button) dialog.lookup("#start-training")).fire();
            later(1.6, () -> save(window.stage().getScene()));
          });
        });
      }
      default -> {
        chosenRun().ifPresent(r -> window.select("run:" + r.id()));
        later(3, () -> {
          // -Dworkbench.screenshot.scroll=0..1 scrolls the run page down, to its curves say.
          String scroll = System.getProperty("workbench.screenshot.scroll");
          if (scroll != null && window.stage().getScene().lookup(".page-scroll") instanceof javafx.scene.control.ScrollPane page) {
            page.setVvalue(Double.parseDouble(scroll));
          }
          later(1, () -> save(window.stage().getScene()));
        });
      }
    }
  }

  private void waitForExampleRun(int triesLeft) {
    if (window.gettingStarted().exampleRunProperty().get() != null || triesLeft == 0) {
      later(1.5, () -> save(window.stage().getScene()));
    } else {
      later(1, () -> waitForExampleRun(triesLeft - 1));
    }
  }

  /** Opens the runs browser, selects the newest {@code count} runs and presses Compare. */
  private void compareNewest(int count) {
    window.showSection(SidebarItem.Kind.RUNS);
    Scene scene = window.stage().getScene();
    if (!(scene.lookup("#runs-table") instanceof javafx.scene.control.TableView<?> table)) {
      return;
    }
    table.getSelectionModel().clearSelection();
    for (int i = 0; i < Math.min(count, table.getItems().size()); i++) {
      table.getSelectionModel().select(i);
    }
    if (table.getSelectionModel().getSelectedItems().size() >= 2
        && scene.lookup("#compare-runs") instanceof javafx.scene.control.Button compare) {
      compare.fire();
    }
  }

  /** The run to show: -Dworkbench.screenshot.run=ID, else the newest completed one. */
  private java.util.Optional<RunInfo> chosenRun() {
    String wanted = System.getProperty("workbench.screenshot.run", "");
    return window.model().runs().stream()
        .filter(r -> wanted.isEmpty() ? r.status() == RunStatus.COMPLETED : Long.toString(r.id()).equals(wanted))
        .max(Comparator.comparingLong(RunInfo::id));
  }

  /** Clicks the first confusion-matrix cell off the diagonal that has rows (they open beside the matrix). */
  private static void clickFirstMistake(Scene scene) {
    javafx.scene.Node matrix = scene.lookup("#confusion-matrix");
    if (!(matrix instanceof javafx.scene.layout.GridPane grid)) {
      return;
    }
    for (javafx.scene.Node cell : grid.getChildren()) {
      String id = cell.getId();
      if (id == null || !id.startsWith("cell-") || cell.getOnMouseClicked() == null) {
        continue;
      }
      String[] parts = id.substring("cell-".length()).split("-", 2);
      javafx.scene.control.Label count = (javafx.scene.control.Label) cell.lookup(".matrix-count");
      if (parts.length == 2 && !parts[0].equals(parts[1]) && count != null && !count.getText().equals("0")) {
        cell.getOnMouseClicked().handle(null);
        var scroll = (javafx.scene.control.ScrollPane) scene.lookup(".page-scroll");
        if (scroll != null) {
          scroll.setVvalue(Double.parseDouble(System.getProperty("workbench.screenshot.scroll", "0")));
        }
        return;
      }
    }
  }

  private static void later(double seconds, Runnable action) {
    PauseTransition pause = new PauseTransition(Duration.seconds(seconds));
    pause.setOnFinished(event -> action.run());
    pause.play();
  }

  private void save(Scene scene) {
    try {
      Path absolute = target.toAbsolutePath();
      if (absolute.getParent() != null) {
        Files.createDirectories(absolute.getParent());
      }
      ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", absolute.toFile());
      LOG.info("Saved the screenshot {}", absolute);
    } catch (IOException | RuntimeException e) {
      LOG.error("Could not save the screenshot {}", target, e);
    }
    Platform.exit();
  }

  /** The dataset named by {@code workbench.screenshot.dataset}, else the first one. */
  private static java.util.Optional<DatasetInfo> chosenDataset(MainWindow window) {
    String wanted = System.getProperty("workbench.screenshot.dataset", "");
    return window.model().datasets().stream().filter(d -> wanted.isEmpty() || d.name().equals(wanted)).findFirst();
  }
}
