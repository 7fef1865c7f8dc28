package org.modelworkbench.services.training;

import org.modelworkbench.data.split.Splitter;
import org.modelworkbench.model.DataSplit;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.services.datasets.TargetRows;

/** Splits a new run's rows: only rows with a target take part, stratified for classification, seeded. */
final class LabelledSplit {
  private LabelledSplit() {}

  /** Splits the rows that have a target; the split holds the dataset's own row indexes. */
  static DataSplit of(DataTable rows, TrainingSettings settings, Task task) {
    int[] labelled = TargetRows.labelled(rows, settings.target());
    String[] strata = null;
    if (task == Task.CLASSIFICATION) {
      String[] all = rows.textColumn(rows.columnIndex(settings.target()));
      strata = new String[labelled.length];
      for (int i = 0; i < labelled.length; i++) {
        strata[i] = all[labelled[i]];
      }
    }
    DataSplit positions = Splitter.split(labelled.length, strata, settings.validationFraction(),
        settings.testFraction(), settings.seed());
    return new DataSplit(TargetRows.mapBack(positions.train(), labelled),
        TargetRows.mapBack(positions.validation(), labelled),
        TargetRows.mapBack(positions.test(), labelled), positions.seed(), positions.stratified());
  }
}
