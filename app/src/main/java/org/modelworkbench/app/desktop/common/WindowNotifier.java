package org.modelworkbench.app.desktop.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Notifications drawn inside the window, in its bottom-right corner above the status bar (a
 * notification over the status bar hid the job it told about). One about a file or folder offers
 * to open it or show it in its folder. They go away by themselves, errors later than good news,
 * and stay while the pointer is on them; at most {@value #MAX_SHOWN} show at once.
 */
public final class WindowNotifier implements Notifier {
  /** How many notifications show at once; an older one makes way. */
  static final int MAX_SHOWN = 4;

  private final VBox layer = new VBox(8);
  private Consumer<Path> opener = place -> { };

  /** Creates the notifier; {@link #node()} goes over the window's content. */
  public WindowNotifier() {
    layer.setId("notifications");
    layer.getStyleClass().add("notifications");
    layer.setAlignment(Pos.BOTTOM_RIGHT);
    layer.setPickOnBounds(false);
    layer.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
  }

  /**
   * Sets how a notification's Open and Show in folder buttons open a file or folder (called on the
   * UI thread; it should hand the work to a background thread).
   */
  public void setOpener(Consumer<Path> opener) {
    this.opener = opener == null ? place -> { } : opener;
  }

  /** The layer to put over the window's content, aligned to its bottom-right corner. */
  public Node node() {
    return layer;
  }

  @Override
  public void info(String title, String text) {
    show(title, text, null, false);
  }

  @Override
  public void info(String title, String text, Path place) {
    show(title, text, place, false);
  }

  @Override
  public void error(String title, String text) {
    show(title, text, null, true);
  }

  private void show(String title, String text, Path place, boolean error) {
    FontIcon icon = new FontIcon(error ? Material2AL.ERROR_OUTLINE : Material2AL.CHECK_CIRCLE_OUTLINE);
    icon.setIconSize(24);
    icon.getStyleClass().add(error ? "notification-error-icon" : "notification-info-icon");
    Label heading = new Label(title);
    heading.getStyleClass().add("notification-title");
    heading.setWrapText(true);
    Label body = new Label(text);
    body.getStyleClass().add("notification-text");
    body.setWrapText(true);
    VBox words = new VBox(4, heading, body);
    HBox.setHgrow(words, Priority.ALWAYS);
    Button close = new Button(null, Icons.of(Material2AL.CLOSE, 14));
    close.getStyleClass().addAll("flat", "notification-close");
    close.setAccessibleText("Close");
    HBox top = new HBox(10, icon, words, close);
    top.setAlignment(Pos.TOP_LEFT);
    VBox card = new VBox(8, top);
    card.getStyleClass().addAll("notification", error ? "notification-failed" : "notification-done");
    card.setPrefWidth(340);
    card.setMaxWidth(340);
    if (place != null) {
      card.getChildren().add(actions(place));
    }
    close.setOnAction(event -> layer.getChildren().remove(card));
    while (layer.getChildren().size() >= MAX_SHOWN) {
      layer.getChildren().remove(0);
    }
    layer.getChildren().add(card);
    PauseTransition wait = new PauseTransition(Duration.seconds(error ? 12 : place != null ? 10 : 6));
    wait.setOnFinished(event -> {
      if (card.isHover()) {
        wait.playFromStart();
      } else {
        layer.getChildren().remove(card);
      }
    });
    wait.play();
  }

  private HBox actions(Path place) {
    HBox buttons = new HBox(8);
    buttons.setAlignment(Pos.CENTER_RIGHT);
    boolean folder = Files.isDirectory(place);
    Button open = new Button(folder ? "Open folder" : "Open", Icons.of(folder ? Material2AL.FOLDER_OPEN
        : Material2AL.LAUNCH, 14));
    open.getStyleClass().add("notification-open");
    open.setOnAction(event -> opener.accept(place));
    buttons.getChildren().add(open);
    Path parent = place.toAbsolutePath().getParent();
    if (!folder && parent != null) {
      Button show = new Button("Show in folder", Icons.of(Material2AL.FOLDER, 14));
      show.getStyleClass().add("notification-show-in-folder");
      show.setOnAction(event -> opener.accept(parent));
      buttons.getChildren().add(show);
    }
    return buttons;
  }
}
