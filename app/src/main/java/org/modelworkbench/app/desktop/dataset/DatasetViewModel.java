package org.modelworkbench.app.desktop.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.modelworkbench.app.desktop.common.ErrorText;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.app.desktop.jobs.JobRunner;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.RejectedRow;
import org.modelworkbench.model.ValueCount;
import org.modelworkbench.services.Workbench;

/**
 * State of the dataset view: the dataset, the rows browser, the chosen column, the class balance
 * of the chosen target, the quality findings, the columns to leave out when training and the
 * rejected rows. Reads run in the background. The rows' sort and filter and the left-out columns
 * outlive the view: they are kept in the session's {@link DatasetViewStates} and found again when
 * the dataset is shown again.
 */
public final class DatasetViewModel {
  /** Rows per page fetched from the project. */
  public static final int PAGE_SIZE = 250;
  /** Pages kept in memory. */
  public static final int PAGES_IN_MEMORY = 40;
  /** Targets with at most this many distinct values are offered for the class balance. */
  static final int MAX_CLASSES = 50;

  private final JobRunner runner;
  private final Supplier<Workbench> workbench;
  private final DatasetInfo dataset;
  private final ObjectProperty<ColumnProfile> selectedColumn = new SimpleObjectProperty<>(this, "selectedColumn");
  private final StringProperty target = new SimpleStringProperty(this, "target");
  private final ObservableList<ValueCount> balance = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper balanceMessage = new ReadOnlyStringWrapper(this, "balanceMessage",
      "Pick the column you want to predict to see how its classes are balanced.");
  private final ObservableList<RejectedRow> rejected = FXCollections.observableArrayList();
  private final ReadOnlyBooleanWrapper rejectedLoaded = new ReadOnlyBooleanWrapper(this, "rejectedLoaded");
  private final ObservableList<String> leftOut = FXCollections.observableArrayList();
  private final RowBrowser rows;
  private final QualityFindings quality;
  private final TextColumns texts;

  /**
   * Creates the view model, starting afresh.
   *
   * @param runner runs reads in the background
   * @param workbench the open project
   * @param dataset the dataset version shown
   */
  public DatasetViewModel(JobRunner runner, Supplier<Workbench> workbench, DatasetInfo dataset) {
    this(runner, workbench, dataset, new DatasetViewStates());
  }

  /**
   * Creates the view model with the sort, filter and left-out columns this dataset's view was last
   * left with in the session, and keeps them there as they change.
   *
   * @param runner runs reads in the background
   * @param workbench the open project
   * @param dataset the dataset version shown
   * @param states the session's view states, read now and updated on every change
   */
  public DatasetViewModel(JobRunner runner, Supplier<Workbench> workbench, DatasetInfo dataset,
      DatasetViewStates states) {
    this.runner = runner;
    this.workbench = workbench;
    this.dataset = dataset;
    target.addListener((obs, old, column) -> loadBalance(column));
    DatasetViewState restored = states.of(dataset.id()).orElse(null);
    this.rows = new RowBrowser(runner, workbench, dataset, restored);
    if (restored != null) {
      restored.leftOut().forEach(this::leaveOut);
    }
    this.quality = new QualityFindings(runner, workbench, dataset, target);
    this.texts = new TextColumns(runner, workbench, dataset);
    if (!dataset.columns().isEmpty()) {
      selectedColumn.set(dataset.columns().get(0));
    }
    InvalidationListener keep = changed -> states.remember(dataset.id(), state());
    for (Observable changing : List.<Observable>of(rows.sortProperty(), rows.filterColumnProperty(),
        rows.filterTextProperty(), rows.missingOnlyProperty(), leftOut)) {
      changing.addListener(keep);
    }
  }

  /** The sort, filter and left-out columns now, as the session keeps them for this dataset. */
  public DatasetViewState state() {
    return new DatasetViewState(rows.sortProperty().get(), rows.filterColumnProperty().get(),
        rows.filterTextProperty().get(), rows.missingOnlyProperty().get(), leftOut);
  }

  /** The dataset version shown. */
  public DatasetInfo dataset() {
    return dataset;
  }

  /**
   * One line about the dataset: rows and columns (for pictures: pictures and classes, as the
   * Images tab counts them), version, source, the charset its text was read in (when it was
   * text), import time.
   */
  public String summary() {
    String source = dataset.sourceFile() == null ? "" : java.nio.file.Path.of(dataset.sourceFile()).getFileName().toString();
    // The charset is named so that garbled names can be traced to a wrong detection.
    String charset = dataset.charset() == null ? "" : " · " + dataset.charset() + " text";
    return size() + " · version " + dataset.version() + " · from " + source + charset + " · imported "
        + Formats.dateTime(dataset.importedAt());
  }

  private String size() {
    if (dataset.holdsImages()) {
      long classes = dataset.column("class").map(ColumnProfile::distinct).orElse(0L);
      return Formats.count(dataset.rows()) + (dataset.rows() == 1 ? " picture" : " pictures") + " in "
          + Formats.count(classes) + (classes == 1 ? " class" : " classes");
    }
    return Formats.count(dataset.rows()) + " rows · " + dataset.columns().size() + " columns";
  }

  /** A pager that reads this dataset's rows in the background. */
  public RowPager newPager() {
    int rows = (int) Math.min(Integer.MAX_VALUE, dataset.rows());
    return new RowPager(this::readPage, rows, PAGE_SIZE, PAGES_IN_MEMORY, runner.background(), runner.ui());
  }

  private List<Object[]> readPage(int offset, int limit) {
    DataTable page = workbench.get().datasets().rows(dataset, offset, limit);
    List<Object[]> rows = new ArrayList<>(page.rowCount());
    for (int r = 0; r < page.rowCount(); r++) {
      rows.add(page.row(r));
    }
    return rows;
  }

  /** The rows tab: sort, filter bar and the pager over the rows they keep. */
  public RowBrowser rows() {
    return rows;
  }

  /** The columns tab's free-text part: the chosen text column's profile and the type switch. */
  public TextColumns texts() {
    return texts;
  }

  /** The quality tab: the data-quality findings of the dataset and the chosen target. */
  public QualityFindings quality() {
    return quality;
  }

  /**
   * The columns to leave out when training on this dataset, in the order they were chosen; the
   * Train button opens the train dialog with them already left out.
   */
  public ObservableList<String> leftOut() {
    return leftOut;
  }

  /**
   * Leaves a column out of training (once).
   *
   * @param column the column's exact name
   */
  public void leaveOut(String column) {
    if (column != null && dataset.column(column).isPresent() && !leftOut.contains(column)) {
      leftOut.add(column);
    }
  }

  /**
   * Uses a left-out column for training again.
   *
   * @param column the column's exact name
   */
  public void useAgain(String column) {
    leftOut.remove(column);
  }

  /**
   * Checks the data quality for the Quality tab. With no target chosen yet, the suggested one is
   * chosen first, so the findings that need a target (class balance, columns that leak it) show
   * at once; the tab's target picker changes it.
   */
  public void checkQuality() {
    if (target.get() == null || target.get().isBlank()) {
      String suggested = suggestedTarget();
      if (suggested != null && targetCandidates().contains(suggested)) {
        target.set(suggested);
      }
    }
    quality.check();
  }

  /** Finding codes whose advice is to leave the column out of training. */
  private static final java.util.Set<String> LEAVE_OUT_CODES = java.util.Set.of("id_like", "target_leak",
      "missing_leak");

  /**
   * The columns the quality findings advise leaving out (ID-like columns and columns that leak the
   * target), in the findings' order, not counting the target and those already left out.
   */
  public List<String> flaggedColumns() {
    java.util.LinkedHashSet<String> columns = new java.util.LinkedHashSet<>();
    for (org.modelworkbench.model.QualityFinding finding : quality.findings()) {
      String column = finding.column();
      if (column != null && LEAVE_OUT_CODES.contains(finding.code()) && !column.equals(target.get())
          && dataset.column(column).isPresent() && !leftOut.contains(column)) {
        columns.add(column);
      }
    }
    return List.copyOf(columns);
  }

  /** Leaves out every {@link #flaggedColumns() flagged column} at once. */
  public void leaveOutFlagged() {
    flaggedColumns().forEach(this::leaveOut);
  }

  /** The columns worth showing a class balance for: text, yes/no, and whole numbers with few values. */
  public List<String> targetCandidates() {
    return dataset.columns().stream().filter(DatasetViewModel::isClassLike).map(ColumnProfile::name).toList();
  }

  static boolean isClassLike(ColumnProfile column) {
    return (column.type() == ColumnType.CATEGORICAL || column.type() == ColumnType.BOOLEAN
        || column.type() == ColumnType.INTEGER) && column.distinct() >= 2 && column.distinct() <= MAX_CLASSES;
  }

  /**
   * A good first guess at the target, as the training service proposes it (and the train dialog
   * starts with): the last run's on this dataset, else a column with few values named like a label.
   */
  public String suggestedTarget() {
    return workbench.get().training().proposeTarget(dataset).column();
  }

  /** A first guess at a dataset's target without its runs: a column named like a label, else its last column. */
  public static String suggestedTarget(DatasetInfo dataset) {
    return org.modelworkbench.services.training.TargetSuggestion.of(dataset).column();
  }

  private void loadBalance(String column) {
    balance.clear();
    if (column == null || column.isBlank()) {
      balanceMessage.set("Pick the column you want to predict to see how its classes are balanced.");
      return;
    }
    balanceMessage.set("Counting the classes of " + column + "…");
    runner.job("Count classes of " + column, context -> workbench.get().datasets().valueCounts(dataset, column))
        .hidden()
        .onSuccess(counts -> {
          if (!column.equals(target.get())) {
            return;
          }
          balance.setAll(counts);
          balanceMessage.set(balanceText(counts));
        })
        .onError(error -> balanceMessage.set(ErrorText.plainMessage(error)))
        .start();
  }

  /** A sentence about the balance, naming the smallest class and its share. */
  static String balanceText(List<ValueCount> counts) {
    long total = counts.stream().mapToLong(ValueCount::count).sum();
    if (counts.isEmpty() || total == 0) {
      return "The column has no values.";
    }
    ValueCount smallest = counts.stream().min(java.util.Comparator.comparingLong(ValueCount::count)).orElseThrow();
    return counts.size() + " classes; the smallest, " + smallest.value() + ", is "
        + Formats.percent((double) smallest.count() / total) + " of " + Formats.count(total) + " rows.";
  }

  /** Reads the rows the import rejected (once). */
  public void loadRejected() {
    if (rejectedLoaded.get() || dataset.rejectedRows() == 0) {
      rejectedLoaded.set(true);
      return;
    }
    runner.job("Read rejected rows of " + dataset.name(), context -> workbench.get().datasets().rejected(dataset))
        .hidden()
        .onSuccess(rows -> {
          rejected.setAll(rows);
          rejectedLoaded.set(true);
        })
        .start();
  }

  /** The column whose profile is shown. */
  public ObjectProperty<ColumnProfile> selectedColumnProperty() {
    return selectedColumn;
  }

  /** The column whose class balance is shown (and that the train dialog proposes). */
  public StringProperty targetProperty() {
    return target;
  }

  /** The class counts of the target, most frequent first. */
  public ObservableList<ValueCount> balance() {
    return balance;
  }

  /** A sentence about the class balance, or what to do to see it. */
  public ReadOnlyStringProperty balanceMessageProperty() {
    return balanceMessage.getReadOnlyProperty();
  }

  /** The rows the import rejected, with their line numbers. */
  public ObservableList<RejectedRow> rejected() {
    return rejected;
  }

  /** Whether the rejected rows have been read. */
  public ReadOnlyBooleanProperty rejectedLoadedProperty() {
    return rejectedLoaded.getReadOnlyProperty();
  }
}
