package org.modelworkbench.app.desktop.dataset;

import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.modelworkbench.app.desktop.common.ErrorText;
import org.modelworkbench.app.desktop.jobs.JobRunner;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.TextProfile;
import org.modelworkbench.services.Workbench;

/**
 * The columns tab's free-text part: the full profile of the chosen text column (read in the
 * background when it is chosen), and switching a column of words between text and categories.
 * A switch stores the new type with the dataset version and hands the version as now stored to
 * the view's owner, which shows it again.
 */
public final class TextColumns {
  private final JobRunner runner;
  private final Supplier<Workbench> workbench;
  private final DatasetInfo dataset;
  private final ReadOnlyObjectWrapper<TextProfile> profile = new ReadOnlyObjectWrapper<>(this, "profile");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private BiConsumer<DatasetInfo, String> onTypeChanged = (changed, column) -> { };
  private String shown;

  TextColumns(JobRunner runner, Supplier<Workbench> workbench, DatasetInfo dataset) {
    this.runner = runner;
    this.workbench = workbench;
    this.dataset = dataset;
  }

  /**
   * Who shows the dataset again once a column's type changed (the content area): it gets the
   * version as now stored and the column's name.
   */
  public void setOnTypeChanged(BiConsumer<DatasetInfo, String> onTypeChanged) {
    this.onTypeChanged = onTypeChanged == null ? (changed, column) -> { } : onTypeChanged;
  }

  /** Reads the full text profile of a column when it is free text; clears it otherwise. */
  public void show(ColumnProfile column) {
    profile.set(null);
    message.set("");
    shown = column == null ? null : column.name();
    if (column == null || column.type() != ColumnType.TEXT) {
      return;
    }
    String name = column.name();
    message.set("Reading the texts of " + name + "…");
    runner.job("Profile the texts of " + name, context -> workbench.get().textProfile(dataset, name, null, 0))
        .hidden()
        .onSuccess(text -> {
          if (name.equals(shown)) {
            profile.set(text);
            message.set("");
          }
        })
        .onError(error -> message.set(ErrorText.plainMessage(error)))
        .start();
  }

  /** Whether a column can be switched between free text and categories: it holds words. */
  public static boolean canSwitch(ColumnProfile column) {
    return column != null && column.type().holdsStrings();
  }

  /** The switch's label for a column: "Read as categories" for text, "Read as text" otherwise. */
  public static String switchLabel(ColumnProfile column) {
    return column != null && column.type() == ColumnType.TEXT ? "Read as categories" : "Read as text";
  }

  /** Stores the other type of words for a column, then hands the changed version on. */
  public void switchType(ColumnProfile column) {
    if (!canSwitch(column)) {
      return;
    }
    ColumnType wanted = column.type() == ColumnType.TEXT ? ColumnType.CATEGORICAL : ColumnType.TEXT;
    message.set("Reading " + column.name() + " as " + wanted.label() + "…");
    runner.job("Read " + column.name() + " as " + wanted.label(),
        context -> workbench.get().datasets().changeColumnType(dataset, column.name(), wanted))
        .onSuccess(changed -> {
          message.set("");
          onTypeChanged.accept(changed, column.name());
        })
        .onError(error -> message.set(ErrorText.plainMessage(error)))
        .start();
  }

  /** The full profile of the chosen text column, or null while it is read or for other columns. */
  public ReadOnlyObjectProperty<TextProfile> profileProperty() {
    return profile.getReadOnlyProperty();
  }

  /** What is happening or went wrong, or empty. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }
}
