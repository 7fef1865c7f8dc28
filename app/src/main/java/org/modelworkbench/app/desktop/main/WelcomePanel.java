package org.modelworkbench.app.desktop.main;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.modelworkbench.app.desktop.common.Icons;
import org.modelworkbench.model.RunInfo;

/**
 * The welcome panel above the datasets: three first steps (import your data, train on a sample,
 * open the finished example run), closed with its × and shown again from Help ▸ Getting started.
 */
final class WelcomePanel {
  private final VBox root;

  WelcomePanel(GettingStarted model, WindowActions actions) {
    Label title = new Label("Welcome to Model Workbench");
    title.getStyleClass().add("welcome-title");
    Label subtitle = new Label("The sample datasets are loaded. Three ways to begin:");
    subtitle.getStyleClass().add("welcome-subtitle");
    subtitle.setWrapText(true);
    Button close = new Button(null, Icons.of(Material2AL.CLOSE, 16));
    close.setId("welcome-close");
    close.getStyleClass().addAll("flat", "welcome-close");
    close.setTooltip(new Tooltip("Close; Help ▸ Getting started shows it again"));
    close.setAccessibleText("Close the welcome panel");
    close.setOnAction(event -> model.dismiss());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    VBox heading = new VBox(2, title, subtitle);
    HBox top = new HBox(8, heading, spacer, close);
    top.setAlignment(Pos.TOP_LEFT);

    Button importFile = new Button("Import File…", Icons.of(Material2AL.FILE_UPLOAD));
    importFile.setId("welcome-import-file");
    importFile.getStyleClass().add("accent");
    importFile.setOnAction(event -> actions.importWithChooser());
    Button importFolder = new Button("Import Folder…", Icons.of(Material2AL.FOLDER_OPEN));
    importFolder.setId("welcome-import-folder");
    importFolder.setOnAction(event -> actions.importFolderWithChooser());
    Node first = step(1, Material2AL.FILE_UPLOAD, "Import your data",
        "A CSV, Excel or JSON Lines file, or a folder of pictures or texts with one sub-folder per class. "
            + "Or drop them here.", buttons(importFile, importFolder));

    Button train = new Button("Train on a sample…", Icons.of(Material2MZ.MODEL_TRAINING));
    train.setId("welcome-train-sample");
    train.disableProperty().bind(model.sampleProperty().isNull());
    train.setOnAction(event -> {
      if (model.sampleProperty().get() != null) {
        actions.train(model.sampleProperty().get(), model.sampleTarget());
      }
    });
    Label trainText = new Label();
    trainText.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
        model.sampleProperty().get() == null ? "Import a dataset first, then train a model on it."
            : "Predict the " + (model.sampleTarget() == null ? "column you choose" : model.sampleTarget())
                + " in " + model.sampleProperty().get().name() + " with the settings proposed; it takes seconds.",
        model.sampleProperty()));
    Node second = step(2, Material2MZ.MODEL_TRAINING, "Train on a sample", trainText, train);

    Button open = new Button("Open the example run", Icons.of(Material2MZ.SHOW_CHART));
    open.setId("welcome-open-example");
    open.disableProperty().bind(model.exampleRunProperty().isNull());
    open.setOnAction(event -> {
      RunInfo run = model.exampleRunProperty().get();
      if (run != null) {
        actions.select("run:" + run.id());
      }
    });
    Label exampleText = new Label();
    exampleText.setId("welcome-example-text");
    exampleText.textProperty().bind(model.exampleTextProperty());
    Node third = step(3, Material2MZ.SHOW_CHART, "Open a finished example run", exampleText, open);

    HBox steps = new HBox(12, first, second, third);
    steps.getStyleClass().add("welcome-steps");
    root = new VBox(12, top, steps);
    root.setId("welcome-panel");
    root.getStyleClass().addAll("card", "welcome-panel");
    root.visibleProperty().bind(model.shownProperty());
    root.managedProperty().bind(root.visibleProperty());
  }

  Node node() {
    return root;
  }

  /** Buttons side by side that go below each other when the step is narrow. */
  private static Node buttons(Node... buttons) {
    javafx.scene.layout.FlowPane flow = new javafx.scene.layout.FlowPane(8, 8, buttons);
    flow.setPrefWrapLength(200);
    return flow;
  }

  private static Node step(int number, Ikon icon, String title, String text, Node action) {
    Label words = new Label(text);
    return step(number, icon, title, words, action);
  }

  private static Node step(int number, Ikon icon, String title, Label text, Node action) {
    Label heading = new Label(number + ".  " + title, Icons.of(icon, 18));
    heading.getStyleClass().add("welcome-step-title");
    heading.setWrapText(true);
    text.getStyleClass().add("welcome-step-text");
    text.setWrapText(true);
    text.setMinHeight(Region.USE_PREF_SIZE);
    Region push = new Region();
    VBox.setVgrow(push, Priority.ALWAYS);
    VBox box = new VBox(8, heading, text, push, action);
    box.getStyleClass().add("welcome-step");
    box.setMinWidth(0);
    box.setPrefWidth(260);
    box.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(box, Priority.ALWAYS);
    return box;
  }
}
