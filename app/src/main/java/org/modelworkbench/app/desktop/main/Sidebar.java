package org.modelworkbench.app.desktop.main;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.model.RunInfo;

/**
 * The sidebar: Datasets, Models and Runs with their items. Refreshing the lists keeps the
 * selection (by key) and does not report the short-lived empty selection of the rebuild.
 */
final class Sidebar {
  /** Between an item's name and its detail. */
  private static final String SEPARATOR = "\u0000";
  private final TreeView<SidebarItem> tree = new TreeView<>();
  private final TreeItem<SidebarItem> datasets = section(SidebarItem.Kind.DATASETS);
  private final TreeItem<SidebarItem> models = section(SidebarItem.Kind.MODELS);
  private final TreeItem<SidebarItem> runs = section(SidebarItem.Kind.RUNS);
  private final ReadOnlyObjectWrapper<SidebarItem> selected = new ReadOnlyObjectWrapper<>(this, "selected");
  private boolean rebuilding;

  Sidebar(MainViewModel model) {
    TreeItem<SidebarItem> root = new TreeItem<>();
    root.getChildren().addAll(List.of(datasets, models, runs));
    tree.setRoot(root);
    tree.setShowRoot(false);
    tree.setId("sidebar");
    tree.getStyleClass().add("sidebar");
    tree.setCellFactory(view -> new ItemCell());
    tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
      if (!rebuilding && item != null) {
        selected.set(item.getValue());
      }
    });
    bind(model.datasets(), datasets, SidebarItem.Dataset::new);
    bind(model.models(), models, SidebarItem.Model::new);
    bind(model.runs(), runs, SidebarItem.Run::new);
  }

  private <T> void bind(ObservableList<T> source, TreeItem<SidebarItem> parent, Function<T, SidebarItem> wrap) {
    source.addListener((ListChangeListener<T>) change -> rebuild(parent, source.stream().map(wrap).toList()));
  }

  private void rebuild(TreeItem<SidebarItem> parent, List<SidebarItem> items) {
    SidebarItem before = selected.get();
    rebuilding = true;
    try {
      parent.getChildren().setAll(items.stream().map(TreeItem::new).toList());
      if (before != null && !select(identity(before)) && sectionOf(before) == parent.getValue()) {
        tree.getSelectionModel().select(parent);
      }
    } finally {
      rebuilding = false;
    }
    TreeItem<SidebarItem> now = tree.getSelectionModel().getSelectedItem();
    if (now != null && now.getValue() != null && !now.getValue().equals(selected.get())) {
      selected.set(now.getValue());
    }
  }

  private SidebarItem sectionOf(SidebarItem item) {
    if (item instanceof SidebarItem.Dataset) {
      return datasets.getValue();
    }
    if (item instanceof SidebarItem.Model) {
      return models.getValue();
    }
    if (item instanceof SidebarItem.Run) {
      return runs.getValue();
    }
    return item;
  }

  /** The identity of an item regardless of its status (a run keeps its place when it completes). */
  private static String identity(SidebarItem item) {
    if (item instanceof SidebarItem.Run run) {
      return "run:" + run.run().id();
    }
    return item.key();
  }

  /** Selects the item with that identity (for example "run:7", "dataset:3", "section:RUNS"). */
  boolean select(String identity) {
    for (TreeItem<SidebarItem> section : tree.getRoot().getChildren()) {
      if (identity(section.getValue()).equals(identity)) {
        tree.getSelectionModel().select(section);
        return true;
      }
      for (TreeItem<SidebarItem> child : section.getChildren()) {
        if (identity(child.getValue()).equals(identity)) {
          tree.getSelectionModel().select(child);
          return true;
        }
      }
    }
    return false;
  }

  /** The selected item. */
  ReadOnlyObjectProperty<SidebarItem> selectedProperty() {
    return selected.getReadOnlyProperty();
  }

  Node node() {
    return tree;
  }

  TreeView<SidebarItem> tree() {
    return tree;
  }

  private static TreeItem<SidebarItem> section(SidebarItem.Kind kind) {
    TreeItem<SidebarItem> item = new TreeItem<>(new SidebarItem.Section(kind));
    item.setExpanded(true);
    return item;
  }

  /**
   * Draws an item as its icon, its name and a muted detail ("569 rows", "acc 0.965"). The name
   * keeps its room; the detail gives way first with "…" when the sidebar is narrow, and the cell's
   * tooltip has the whole line.
   */
  private static final class ItemCell extends TreeCell<SidebarItem> {
    private final Label name = new Label();
    private final Label detail = new Label();
    private final HBox line;
    private final Tooltip full = new Tooltip();

    ItemCell() {
      name.getStyleClass().add("sidebar-name");
      // The name gives way only when it alone is wider than the sidebar (the tooltip has it whole).
      name.setMinWidth(0);
      detail.getStyleClass().add("sidebar-detail");
      // No width of its own: the line is as wide as the sidebar gives, and the detail takes the rest.
      detail.setMinWidth(0);
      detail.setPrefWidth(0);
      detail.setMaxWidth(Double.MAX_VALUE);
      HBox.setHgrow(detail, Priority.ALWAYS);
      line = new HBox(6, name, detail);
      line.setAlignment(Pos.CENTER_LEFT);
      setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(SidebarItem item, boolean empty) {
      super.updateItem(item, empty);
      getStyleClass().removeAll("sidebar-section", "sidebar-entry");
      if (empty || item == null) {
        setText(null);
        setGraphic(null);
        setTooltip(null);
        return;
      }
      getStyleClass().add(item instanceof SidebarItem.Section ? "sidebar-section" : "sidebar-entry");
      String[] parts = text(item).split(SEPARATOR, 2);
      name.setText(parts[0]);
      detail.setText(parts.length > 1 ? parts[1] : "");
      // The text is kept for accessibility and look-ups; only the graphic is drawn.
      setText(text(item).replace(SEPARATOR, "  ·  "));
      full.setText(getText());
      setTooltip(full);
      FontIcon icon = new FontIcon(icon(item));
      icon.setIconSize(item instanceof SidebarItem.Section ? 18 : 15);
      if (item instanceof SidebarItem.Run run) {
        icon.getStyleClass().add("run-" + run.run().status().label());
      }
      name.setGraphic(icon);
      setGraphic(line);
    }

    @Override
    protected void layoutChildren() {
      super.layoutChildren();
      // The skin gives a graphic its preferred width: stretch the line to the cell's right edge.
      if (getGraphic() == line) {
        double width = getWidth() - snappedRightInset() - line.getLayoutX();
        if (width > 0 && Math.abs(width - line.getWidth()) > 0.5) {
          line.resize(width, line.getHeight());
          line.layout();
        }
      }
    }

    private static String text(SidebarItem item) {
      if (item instanceof SidebarItem.Section section) {
        return switch (section.kind()) {
          case DATASETS -> "Datasets";
          case MODELS -> "Models";
          case RUNS -> "Runs";
        };
      }
      if (item instanceof SidebarItem.Dataset dataset) {
        return dataset.dataset().name() + SEPARATOR + Formats.count(dataset.dataset().rows()) + " rows";
      }
      if (item instanceof SidebarItem.Model model) {
        return model.model().name();
      }
      return runText(((SidebarItem.Run) item).run());
    }

    private static String runText(RunInfo run) {
      String metric = "";
      if (run.testMetrics() != null) {
        Map.Entry<String, Double> first = run.testMetrics().headline().entrySet().iterator().next();
        String name = first.getKey().equals("accuracy") ? "acc" : org.modelworkbench.app.desktop.common.MetricNames.label(first.getKey());
        metric = name + " " + Formats.metric(first.getValue());
      } else if (run.status() != org.modelworkbench.model.RunStatus.COMPLETED) {
        metric = run.status().label();
      }
      // The score first: on a narrow sidebar it is what stays readable.
      return "Run " + run.id() + SEPARATOR + (metric.isEmpty() ? "" : metric + "  ·  ") + run.target();
    }

    private static Ikon icon(SidebarItem item) {
      if (item instanceof SidebarItem.Section section) {
        return switch (section.kind()) {
          case DATASETS -> Material2MZ.TABLE_CHART;
          case MODELS -> Material2MZ.PSYCHOLOGY;
          case RUNS -> Material2MZ.SHOW_CHART;
        };
      }
      if (item instanceof SidebarItem.Dataset) {
        return Material2AL.INSERT_DRIVE_FILE;
      }
      if (item instanceof SidebarItem.Model) {
        return Material2MZ.MODEL_TRAINING;
      }
      return switch (((SidebarItem.Run) item).run().status()) {
        case COMPLETED -> Material2AL.CHECK_CIRCLE;
        case RUNNING -> Material2MZ.SYNC;
        case CANCELLED -> Material2AL.BLOCK;
        case FAILED -> Material2AL.ERROR;
        case INTERRUPTED -> Material2MZ.PAUSE_CIRCLE_OUTLINE;
      };
    }
  }
}
