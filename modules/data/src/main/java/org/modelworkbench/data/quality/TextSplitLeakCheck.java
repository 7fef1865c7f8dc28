package org.modelworkbench.data.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.modelworkbench.model.DataSplit;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.QualityFinding;
import org.modelworkbench.model.QualityFinding.Severity;

/**
 * Test rows whose text, word for word, is also the text of a training or validation row: a
 * warning, since a model that saw the text with its label only has to remember it, so the test
 * scores overstate how well it reads new texts.
 */
final class TextSplitLeakCheck {
  /** How many example rows a finding names. */
  static final int EXAMPLES = 3;

  private TextSplitLeakCheck() {}

  /** The finding for one text column, if some test rows repeat a training or validation text. */
  static Optional<QualityFinding> check(DataTable table, DataSplit split, String column) {
    if (split.test().length == 0) {
      return Optional.empty();
    }
    int index = table.columnIndex(column);
    LongIdTable seen = new LongIdTable(split.train().length + split.validation().length);
    for (int[] part : List.of(split.train(), split.validation())) {
      for (int row : part) {
        Object text = table.value(checked(row, table.rowCount()), index);
        if (text != null) {
          seen.add(ValueHash.of(text));
        }
      }
    }
    long shared = 0;
    List<Integer> examples = new ArrayList<>();
    int[] test = split.test().clone();
    Arrays.sort(test);
    for (int row : test) {
      Object text = table.value(checked(row, table.rowCount()), index);
      if (text != null && seen.find(ValueHash.of(text)) >= 0) {
        shared++;
        if (examples.size() < EXAMPLES) {
          examples.add(row);
        }
      }
    }
    if (shared == 0) {
      return Optional.empty();
    }
    String message = Wording.count(shared) + " of the " + Wording.count(split.test().length) + " test rows ("
        + Wording.percent(shared, split.test().length) + ") have the same " + Wording.name(column) + " text as a"
        + " training or validation row, for example " + Wording.rowNumbers(examples) + " ("
        + Wording.snippet((String) table.value(examples.get(0), index)) + "). The test scores partly measure"
        + " memory rather than reading; remove duplicate texts before training.";
    return Optional.of(new QualityFinding(Severity.WARNING, QualityCodes.TEXT_SPLIT_OVERLAP, column, message,
        shared));
  }

  private static int checked(int row, int rows) {
    if (row < 0 || row >= rows) {
      throw new IllegalArgumentException("The split names row " + row + " but the table has " + rows + " rows");
    }
    return row;
  }
}
