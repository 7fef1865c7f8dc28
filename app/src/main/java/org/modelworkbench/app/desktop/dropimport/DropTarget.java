package org.modelworkbench.app.desktop.dropimport;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Makes a node (the whole window) take dropped files: it highlights while files are dragged over
 * it and hands the dropped files on.
 */
public final class DropTarget {
  /** The pseudo class set on the node while files are dragged over it. */
  public static final PseudoClass DRAG_OVER = PseudoClass.getPseudoClass("drag-over");

  private final DropRules rules;
  private final Consumer<List<Path>> onDrop;
  private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");

  /**
   * Creates the drop target.
   *
   * @param rules whether a drag is worth taking
   * @param onDrop receives the dropped files on the UI thread
   */
  public DropTarget(DropRules rules, Consumer<List<Path>> onDrop) {
    this.rules = rules;
    this.onDrop = onDrop;
  }

  /** Installs the drag handlers on the node. */
  public void install(Node node) {
    node.addEventFilter(DragEvent.DRAG_OVER, event -> {
      if (rules.offersFiles(files(event.getDragboard()))) {
        event.acceptTransferModes(TransferMode.COPY);
        highlight(node, true);
      }
    });
    node.addEventFilter(DragEvent.DRAG_ENTERED, event -> {
      if (rules.offersFiles(files(event.getDragboard()))) {
        highlight(node, true);
      }
    });
    node.addEventFilter(DragEvent.DRAG_EXITED, event -> highlight(node, false));
    node.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
      highlight(node, false);
      List<Path> files = files(event.getDragboard());
      boolean taken = rules.offersFiles(files);
      if (taken) {
        onDrop.accept(files);
      }
      event.setDropCompleted(taken);
      event.consume();
    });
  }

  /** Whether files are being dragged over the node now. */
  public ReadOnlyBooleanProperty activeProperty() {
    return active.getReadOnlyProperty();
  }

  private void highlight(Node node, boolean on) {
    node.pseudoClassStateChanged(DRAG_OVER, on);
    active.set(on);
  }

  private static List<Path> files(Dragboard board) {
    if (board == null || !board.hasFiles() || board.getFiles() == null) {
      return List.of();
    }
    return board.getFiles().stream().map(File::toPath).toList();
  }
}
