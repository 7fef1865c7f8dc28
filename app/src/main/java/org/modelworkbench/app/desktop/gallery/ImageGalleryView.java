package org.modelworkbench.app.desktop.gallery;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.modelworkbench.app.desktop.common.Icons;
import org.modelworkbench.app.desktop.common.LoadingPicture;
import org.modelworkbench.services.datasets.GalleryImage;
import org.modelworkbench.services.datasets.LeftOutFile;

/**
 * The Images tab: a sentence about the pictures, the files the import left out, then per class a
 * header with its name, count and share and a strip of thumbnails; "Show all" pages through the
 * rest. A click on a thumbnail opens a larger preview.
 */
public final class ImageGalleryView {
  /** Left-out files listed one by one; the rest are counted. */
  static final int LEFT_OUT_LISTED = 50;

  private final ImageGalleryViewModel model;
  private final ScrollPane root;
  private final VBox leftOutBox = new VBox(4);
  private final VBox classesBox = new VBox(18);

  /** Builds the view; call {@link ImageGalleryViewModel#load()} to fill it. */
  public ImageGalleryView(ImageGalleryViewModel model) {
    this.model = model;
    Label message = new Label();
    message.textProperty().bind(model.messageProperty());
    message.getStyleClass().add("hint");
    message.setId("gallery-message");
    message.setWrapText(true);
    leftOutBox.setId("gallery-left-out");
    leftOutBox.getStyleClass().add("notice");
    leftOutBox.setVisible(false);
    leftOutBox.setManaged(false);
    model.leftOut().addListener((ListChangeListener<LeftOutFile>) change -> showLeftOut());
    model.classes().addListener((ListChangeListener<ClassGroup>) change -> showClasses());
    VBox content = new VBox(14, message, leftOutBox, classesBox);
    content.setPadding(new Insets(12, 16, 20, 16));
    content.getStyleClass().add("page-body");
    root = new ScrollPane(content);
    root.setFitToWidth(true);
    root.getStyleClass().add("page-scroll");
    root.setId("image-gallery");
    showLeftOut();
    showClasses();
  }

  /** The view's node. */
  public Node node() {
    return root;
  }

  /** The view model. */
  public ImageGalleryViewModel model() {
    return model;
  }

  private void showLeftOut() {
    List<LeftOutFile> files = model.leftOut();
    leftOutBox.getChildren().clear();
    leftOutBox.setVisible(!files.isEmpty());
    leftOutBox.setManaged(!files.isEmpty());
    if (files.isEmpty()) {
      return;
    }
    Label title = new Label(model.leftOutTitle(), Icons.of(Material2MZ.WARNING));
    title.getStyleClass().addAll("strong", "finding-warning");
    title.setId("gallery-left-out-title");
    leftOutBox.getChildren().add(title);
    for (LeftOutFile file : files.subList(0, Math.min(files.size(), LEFT_OUT_LISTED))) {
      Label line = new Label(file.file() + " \u2014 " + file.reason());
      line.getStyleClass().add("gallery-left-out-file");
      line.setWrapText(true);
      leftOutBox.getChildren().add(line);
    }
    if (files.size() > LEFT_OUT_LISTED) {
      leftOutBox.getChildren().add(new Label("… and " + (files.size() - LEFT_OUT_LISTED) + " more."));
    }
    Label hint = new Label("They are not in the dataset. Fix or replace them and import the folder again to "
        + "include them.");
    hint.getStyleClass().add("hint");
    hint.setWrapText(true);
    leftOutBox.getChildren().add(hint);
  }

  private void showClasses() {
    classesBox.getChildren().clear();
    for (ClassGroup group : model.classes()) {
      classesBox.getChildren().add(section(group));
    }
  }

  private Node section(ClassGroup group) {
    Label name = new Label(group.name());
    name.getStyleClass().addAll("section-title", "gallery-class-title");
    Label count = new Label(group.countText());
    count.getStyleClass().addAll("hint", "gallery-class-count");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox header = new HBox(10, name, count, spacer);
    header.setAlignment(Pos.BASELINE_LEFT);
    if (group.hasHidden()) {
      header.getChildren().add(pager(group));
    }
    FlowPane tiles = new FlowPane(8, 8);
    tiles.getStyleClass().add("gallery-tiles");
    Runnable fill = () -> tiles.getChildren().setAll(group.images().stream().map(this::tile).toList());
    group.images().addListener((ListChangeListener<GalleryImage>) change -> fill.run());
    fill.run();
    VBox box = new VBox(8, header, tiles);
    box.getStyleClass().addAll("card", "gallery-class");
    return box;
  }

  private Node pager(ClassGroup group) {
    Button showAll = new Button(group.showAllText());
    showAll.getStyleClass().add("gallery-show-all");
    showAll.setOnAction(event -> group.showAll());
    Button previous = new Button(null, Icons.of(Material2AL.CHEVRON_LEFT));
    previous.setTooltip(new Tooltip("Previous pictures"));
    previous.setOnAction(event -> group.previous());
    previous.disableProperty().bind(group.hasPreviousProperty().not());
    Button next = new Button(null, Icons.of(Material2AL.CHEVRON_RIGHT));
    next.setTooltip(new Tooltip("Next pictures"));
    next.setOnAction(event -> group.next());
    next.disableProperty().bind(group.hasNextProperty().not());
    Label range = new Label();
    range.textProperty().bind(group.rangeProperty());
    range.getStyleClass().add("gallery-range");
    Button fewer = new Button("Show fewer");
    fewer.setOnAction(event -> group.showFewer());
    HBox paging = new HBox(6, previous, range, next, fewer);
    paging.setAlignment(Pos.CENTER_RIGHT);
    Runnable mode = () -> {
      boolean expanded = group.expandedProperty().get();
      showAll.setVisible(!expanded);
      showAll.setManaged(!expanded);
      paging.setVisible(expanded);
      paging.setManaged(expanded);
    };
    group.expandedProperty().addListener((obs, old, now) -> mode.run());
    mode.run();
    HBox box = new HBox(6, showAll, paging);
    box.setAlignment(Pos.CENTER_RIGHT);
    return box;
  }

  private Node tile(GalleryImage picture) {
    LoadingPicture image = Thumbnails.of(picture);
    ImageView view = new ImageView();
    view.imageProperty().bind(image.imageProperty());
    view.setPreserveRatio(true);
    view.setFitWidth(Thumbnails.SIZE);
    view.setFitHeight(Thumbnails.SIZE);
    StackPane tile = new StackPane(view);
    tile.getStyleClass().add("gallery-thumbnail");
    double side = Thumbnails.SIZE + 8;
    tile.setMinSize(side, side);
    tile.setPrefSize(side, side);
    tile.setMaxSize(side, side);
    tile.setCursor(Cursor.HAND);
    tile.setUserData(picture);
    Runnable broken = () -> {
      if (image.isFailed()) {
        tile.getChildren().setAll(Icons.of(Material2AL.BROKEN_IMAGE, 32));
      }
    };
    image.failedProperty().addListener((obs, old, error) -> broken.run());
    broken.run();
    Tooltip tip = new Tooltip(picture.description());
    tip.setShowDelay(Duration.millis(300));
    Tooltip.install(tile, tip);
    tile.setOnMouseClicked(event -> ImagePreview.show(root.getScene() == null ? null : root.getScene().getWindow(),
        picture));
    return tile;
  }
}
