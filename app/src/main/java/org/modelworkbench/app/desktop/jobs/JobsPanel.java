package org.modelworkbench.app.desktop.jobs;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The jobs panel: every background job with its progress, its message or error, and Cancel.
 */
public final class JobsPanel {
  private final VBox root;
  private final ListView<Job> list;

  /**
   * Builds the panel.
   *
   * @param runner the jobs to list
   * @param showDetails opens the error dialog of a failed job
   * @param close hides the panel
   */
  public JobsPanel(JobRunner runner, Consumer<Job> showDetails, Runnable close) {
    Label title = new Label("Background jobs");
    title.getStyleClass().add("card-title");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button clear = new Button("Clear finished");
    clear.setId("clear-jobs");
    clear.getStyleClass().add("flat");
    clear.setOnAction(event -> runner.clearFinished());
    Button hide = new Button("", new FontIcon(Material2AL.CLOSE));
    hide.getStyleClass().add("flat");
    hide.setOnAction(event -> close.run());
    HBox header = new HBox(8, title, spacer, clear, hide);
    header.setAlignment(Pos.CENTER_LEFT);
    list = new ListView<>(runner.jobs());
    list.setId("jobs-list");
    list.setPlaceholder(new Label("No background jobs. Imports, training and exports show their progress here."));
    list.setCellFactory(view -> new JobCell(showDetails));
    VBox.setVgrow(list, Priority.ALWAYS);
    root = new VBox(6, header, list);
    root.getStyleClass().add("jobs-panel");
    root.setId("jobs-panel");
  }

  /** The panel's node. */
  public Node node() {
    return root;
  }

  /** One job: icon, title, message or progress bar, and Cancel or Details. */
  private static final class JobCell extends ListCell<Job> {
    private final Consumer<Job> showDetails;

    JobCell(Consumer<Job> showDetails) {
      this.showDetails = showDetails;
    }

    @Override
    protected void updateItem(Job job, boolean empty) {
      super.updateItem(job, empty);
      if (empty || job == null) {
        setGraphic(null);
        setText(null);
        return;
      }
      FontIcon icon = new FontIcon();
      icon.iconCodeProperty().bind(Bindings.createObjectBinding(() -> iconOf(job.getState()), job.stateProperty()));
      icon.setIconSize(18);
      Label title = new Label(job.title());
      title.getStyleClass().add("job-title");
      Label message = new Label();
      message.textProperty().bind(job.messageProperty());
      message.setWrapText(true);
      message.getStyleClass().add("job-message");
      job.stateProperty().addListener((obs, old, state) -> styleMessage(message, state));
      styleMessage(message, job.getState());
      ProgressBar bar = new ProgressBar();
      bar.progressProperty().bind(job.progressProperty());
      bar.setPrefWidth(180);
      bar.visibleProperty().bind(Bindings.createBooleanBinding(() -> !job.getState().isDone(), job.stateProperty()));
      bar.managedProperty().bind(bar.visibleProperty());
      Button cancel = new Button("Cancel");
      cancel.getStyleClass().add("small");
      cancel.setOnAction(event -> job.cancel());
      cancel.visibleProperty().bind(bar.visibleProperty());
      cancel.managedProperty().bind(cancel.visibleProperty());
      Hyperlink details = new Hyperlink("Details…");
      details.setOnAction(event -> showDetails.accept(job));
      details.visibleProperty().bind(job.errorProperty().isNotNull());
      details.managedProperty().bind(details.visibleProperty());
      VBox text = new VBox(2, title, message);
      HBox.setHgrow(text, Priority.ALWAYS);
      HBox line = new HBox(10, icon, text, bar, cancel, details);
      line.setAlignment(Pos.CENTER_LEFT);
      setGraphic(line);
      setText(null);
    }

    private static void styleMessage(Label message, JobState state) {
      message.getStyleClass().removeAll("job-failed");
      if (state == JobState.FAILED) {
        message.getStyleClass().add("job-failed");
      }
    }

    private static Ikon iconOf(JobState state) {
      return switch (state) {
        case QUEUED -> Material2MZ.SCHEDULE;
        case RUNNING -> Material2MZ.SYNC;
        case SUCCEEDED -> Material2AL.CHECK_CIRCLE;
        case FAILED -> Material2AL.ERROR;
        case CANCELLED -> Material2AL.BLOCK;
      };
    }
  }
}
