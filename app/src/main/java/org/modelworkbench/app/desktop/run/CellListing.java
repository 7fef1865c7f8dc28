package org.modelworkbench.app.desktop.run;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.modelworkbench.app.desktop.common.ErrorText;
import org.modelworkbench.app.desktop.jobs.JobRunner;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.services.scoring.CellExamples;

/**
 * The rows behind a clicked confusion-matrix cell, read a page at a time in the background: the
 * listed rows with their probabilities, the title over them, and the full text of the selected
 * row. One serves the run's test split, another an evaluation on other data.
 */
public final class CellListing {
  /** Rows of a cell read at a time; "Show more" reads the next ones. */
  static final int PAGE = 100;

  /** Reads a page of a cell: actual and predicted class, rows to skip, most rows. */
  @FunctionalInterface
  public interface Source {
    /** A page of the cell's rows. */
    CellExamples page(String actual, String predicted, int offset, int limit);
  }

  private final JobRunner runner;
  private final Source source;
  private final String noCell;
  private final String rowWord;
  private final ReadOnlyObjectWrapper<DataTable> rows = new ReadOnlyObjectWrapper<>(this, "rows");
  private final ReadOnlyObjectWrapper<CellExamples> examples = new ReadOnlyObjectWrapper<>(this, "examples");
  private final ReadOnlyStringWrapper title;
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");

  /**
   * Creates a listing.
   *
   * @param runner reads pages in the background
   * @param source reads a page
   * @param noCell the title while no cell was clicked
   * @param rowWord what a row is, for the title: "test row" or "row"
   */
  CellListing(JobRunner runner, Source source, String noCell, String rowWord) {
    this.runner = runner;
    this.source = source;
    this.noCell = noCell;
    this.rowWord = rowWord;
    this.title = new ReadOnlyStringWrapper(this, "title", noCell);
  }

  /** Whether the rows are the run's test rows (else an evaluation's rows on other data). */
  public boolean isTestSplit() {
    return "test row".equals(rowWord);
  }

  /** The title while no cell was clicked. */
  public String noCell() {
    return noCell;
  }

  /** Lists the first page of one cell's rows, the most confident first. */
  public void show(String actual, String predicted) {
    title.set("Finding the " + rowWord + "s of actual " + actual + ", predicted " + predicted + "…");
    rows.set(null);
    examples.set(null);
    text.set("");
    load(actual, predicted, 0, null);
  }

  /** Adds the cell's next page below the rows listed; nothing when all are listed. */
  public void showMore() {
    CellExamples shown = examples.get();
    if (shown != null && shown.hasMore()) {
      load(shown.actual(), shown.predicted(), shown.rows().rowCount(), shown);
    }
  }

  /** Shows the full texts of a listed row below the table; a row out of range clears them. */
  public void select(int index) {
    CellExamples shown = examples.get();
    text.set(shown == null || index < 0 || index >= shown.rows().rowCount() ? "" : CellPages.fullText(shown, index));
  }

  private void load(String actual, String predicted, int offset, CellExamples before) {
    runner.job("Rows of actual " + actual + ", predicted " + predicted,
            context -> source.page(actual, predicted, offset, PAGE))
        .hidden()
        .onSuccess(page -> {
          CellExamples shown = before == null ? page : CellPages.append(before, page);
          examples.set(shown);
          rows.set(shown.rows());
          title.set(CellPages.title(shown, rowWord));
        })
        .onError(error -> title.set(ErrorText.plainMessage(error)))
        .start();
  }

  /** The listed rows, or null. */
  public ReadOnlyObjectProperty<DataTable> rowsProperty() {
    return rows.getReadOnlyProperty();
  }

  /** The listed rows with their probabilities and text columns, or null. */
  public ReadOnlyObjectProperty<CellExamples> examplesProperty() {
    return examples.getReadOnlyProperty();
  }

  /** What the rows are, what is being read, or what went wrong. */
  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /** The full text of the selected row, or empty. */
  public ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }
}
