package org.modelworkbench.app.desktop.main;

import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.modelworkbench.app.desktop.common.Icons;

/** The menu bar, with an accelerator on every main action. */
final class MainMenu {
  /** What the menu items do. */
  interface Commands {
    void newProject();

    void openProject();

    void openRecent(Path project);

    void importData();

    void importFolder();

    void train();

    void exportReport();

    void showSection(SidebarItem.Kind kind);

    void toggleJobs();

    void refresh();

    void openLogFolder();

    void gettingStarted();

    void about();

    void quit();
  }

  private MainMenu() {}

  /**
   * Builds the menu bar.
   *
   * @param commands what the items do
   * @param recentProjects the projects File ▸ Recent projects lists
   * @param sidebarShown whether the sidebar shows; View ▸ Sidebar is checked with it and sets it
   */
  static MenuBar create(Commands commands, ObservableList<Path> recentProjects, BooleanProperty sidebarShown) {
    Menu recent = new Menu("Recent projects");
    recent.setId("recent-projects");
    Runnable fillRecent = () -> {
      recent.getItems().clear();
      for (Path project : recentProjects) {
        MenuItem item = new MenuItem(project.getFileName() + "  —  " + project);
        item.setOnAction(event -> commands.openRecent(project));
        recent.getItems().add(item);
      }
      if (recent.getItems().isEmpty()) {
        MenuItem none = new MenuItem("No recent projects");
        none.setDisable(true);
        recent.getItems().add(none);
      }
    };
    recentProjects.addListener((ListChangeListener<Path>) change -> fillRecent.run());
    fillRecent.run();

    Menu file = new Menu("_File");
    file.getItems().addAll(
        item("New project…", "Shortcut+N", Material2AL.CREATE_NEW_FOLDER, e -> commands.newProject()),
        item("Open project…", "Shortcut+O", Material2AL.FOLDER_OPEN, e -> commands.openProject()),
        recent,
        new SeparatorMenuItem(),
        item("Import File…", "Shortcut+I", Material2AL.FILE_UPLOAD, e -> commands.importData()),
        item("Import Folder…", "Shortcut+Shift+I", Material2AL.FOLDER_OPEN, e -> commands.importFolder()),
        new SeparatorMenuItem(),
        item("Quit", "Shortcut+Q", null, e -> commands.quit()));
    Menu model = new Menu("_Model");
    model.getItems().addAll(
        item("Train model…", "Shortcut+T", Material2MZ.MODEL_TRAINING, e -> commands.train()),
        item("Export report…", "Shortcut+E", Material2MZ.PICTURE_AS_PDF, e -> commands.exportReport()),
        item("Compare runs…", null, Material2AL.COMPARE_ARROWS, e -> commands.showSection(SidebarItem.Kind.RUNS)));
    CheckMenuItem sidebar = new CheckMenuItem("Sidebar");
    sidebar.setId("menu-sidebar");
    sidebar.setAccelerator(KeyCombination.keyCombination("Shortcut+B"));
    sidebar.selectedProperty().bindBidirectional(sidebarShown);
    Menu view = new Menu("_View");
    view.getItems().addAll(
        sidebar,
        new SeparatorMenuItem(),
        item("Datasets", "Shortcut+1", Material2MZ.TABLE_CHART, e -> commands.showSection(SidebarItem.Kind.DATASETS)),
        item("Models", "Shortcut+2", Material2MZ.PSYCHOLOGY, e -> commands.showSection(SidebarItem.Kind.MODELS)),
        // Ctrl+R: the runs list, the place to compare runs.
        item("Runs", "Shortcut+R", Material2MZ.SHOW_CHART, e -> commands.showSection(SidebarItem.Kind.RUNS)),
        new SeparatorMenuItem(),
        item("Background jobs", "Shortcut+J", Material2AL.LIST, e -> commands.toggleJobs()),
        item("Refresh", "F5", Material2MZ.REFRESH, e -> commands.refresh()));
    Menu help = new Menu("_Help");
    help.getItems().addAll(
        item("Getting started", "F1", Material2MZ.SCHOOL, e -> commands.gettingStarted()),
        item("Open log folder", null, Material2AL.FOLDER_OPEN, e -> commands.openLogFolder()),
        new SeparatorMenuItem(),
        item("About Model Workbench", null, Material2AL.INFO, e -> commands.about()));
    help.setId("help-menu");
    MenuBar bar = new MenuBar(file, model, view, help);
    bar.setId("main-menu");
    return bar;
  }

  private static MenuItem item(String text, String accelerator, Ikon icon, EventHandler<ActionEvent> action) {
    MenuItem item = new MenuItem(text);
    // "Open log folder" is #menu-open-log-folder, for tests and screenshots.
    item.setId("menu-" + text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", ""));
    if (accelerator != null) {
      item.setAccelerator(KeyCombination.keyCombination(accelerator));
    }
    if (icon != null) {
      item.setGraphic(Icons.of(icon));
    }
    item.setOnAction(action);
    return item;
  }
}
