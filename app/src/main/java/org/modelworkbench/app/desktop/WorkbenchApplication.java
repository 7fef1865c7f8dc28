package org.modelworkbench.app.desktop;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.modelworkbench.app.ProjectLocator;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.services.Workbench;

/**
 * The main window: the project's datasets and runs.
 */
public final class WorkbenchApplication extends Application {
  private Workbench workbench;

  @Override
  public void start(Stage stage) {
    List<String> raw = getParameters().getRaw();
    Path project = ProjectLocator.defaultProject();
    for (int i = 0; i < raw.size(); i++) {
      if (raw.get(i).equals("--project") && i + 1 < raw.size()) {
        project = Path.of(raw.get(i + 1));
      } else if (raw.get(i).startsWith("--project=")) {
        project = Path.of(raw.get(i).substring("--project=".length()));
      }
    }
    ListView<String> datasets = new ListView<>();
    ListView<String> runs = new ListView<>();
    Label status = new Label("Opening " + project + " …");
    VBox left = new VBox(6, new Label("Datasets"), datasets);
    VBox right = new VBox(6, new Label("Runs"), runs);
    HBox centre = new HBox(12, left, right);
    centre.setPadding(new Insets(12));
    BorderPane root = new BorderPane(centre);
    root.setBottom(status);
    BorderPane.setMargin(status, new Insets(6, 12, 6, 12));
    stage.setTitle("Model Workbench — " + project.getFileName());
    stage.setScene(new Scene(root, 1100, 700));
    stage.show();

    Path chosen = project;
    Task<Void> open = new Task<>() {
      @Override
      protected Void call() {
        workbench = Workbench.open(chosen);
        List<String> datasetLines = workbench.datasets().list().stream()
            .map(DatasetInfo::name).toList();
        List<String> runLines = workbench.catalog().runs().stream()
            .map(WorkbenchApplication::runLine).toList();
        Platform.runLater(() -> {
          datasets.setItems(FXCollections.observableArrayList(datasetLines));
          runs.setItems(FXCollections.observableArrayList(runLines));
          status.setText(workbench.projectDir().toString());
        });
        return null;
      }
    };
    open.setOnFailed(e -> status.setText("Could not open the project: " + open.getException().getMessage()));
    Thread worker = new Thread(open, "workbench-open");
    worker.setDaemon(true);
    worker.start();
  }

  private static String runLine(RunInfo run) {
    return "Run " + run.id() + " · " + run.datasetName() + " · " + run.target() + " · " + run.status().label();
  }

  @Override
  public void stop() {
    if (workbench != null) {
      workbench.close();
    }
  }
}
