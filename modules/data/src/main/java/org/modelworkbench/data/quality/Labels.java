package org.modelworkbench.data.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.PrimitiveColumn;

/**
 * A classification target coded as small whole numbers: each class gets a code (0, 1, 2 ... in
 * order of first appearance) and an empty cell gets -1.
 */
final class Labels {
  private final int[] codes;
  private final List<Object> classes;
  private final int[] counts;
  private final int labelled;

  private Labels(int[] codes, List<Object> classes, int[] counts, int labelled) {
    this.codes = codes;
    this.classes = classes;
    this.counts = counts;
    this.labelled = labelled;
  }

  /** Codes the target column of a table. */
  static Labels of(DataTable table, int column) {
    return of(PrimitiveColumn.of(table, column));
  }

  /** Codes a target column. */
  static Labels of(PrimitiveColumn column) {
    int[] codes = new int[column.rowCount()];
    Map<Object, Integer> codeByClass = new HashMap<>();
    List<Object> classes = new ArrayList<>();
    int labelled = 0;
    for (int r = 0; r < codes.length; r++) {
      Object v = column.value(r);
      if (v == null) {
        codes[r] = -1;
        continue;
      }
      labelled++;
      Integer code = codeByClass.get(v);
      if (code == null) {
        code = classes.size();
        codeByClass.put(v, code);
        classes.add(v);
      }
      codes[r] = code;
    }
    int[] counts = new int[classes.size()];
    for (int code : codes) {
      if (code >= 0) {
        counts[code]++;
      }
    }
    return new Labels(codes, List.copyOf(classes), counts, labelled);
  }

  /** The class code of a row, or -1 when its target is empty. */
  int code(int row) {
    return codes[row];
  }

  /** How many different classes there are. */
  int classCount() {
    return classes.size();
  }

  /** The class value of a code. */
  Object label(int code) {
    return classes.get(code);
  }

  /** Rows of one class. */
  int count(int code) {
    return counts[code];
  }

  /** Rows with a label. */
  int labelled() {
    return labelled;
  }

  /** Rows with an empty target. */
  int missing() {
    return codes.length - labelled;
  }

  /** The indexes of the rows with a label, in order. */
  int[] labelledRows() {
    int[] rows = new int[labelled];
    int i = 0;
    for (int r = 0; r < codes.length; r++) {
      if (codes[r] >= 0) {
        rows[i++] = r;
      }
    }
    return rows;
  }

  /** Class codes from most to least frequent; equal counts keep their code order. */
  List<Integer> byFrequency() {
    List<Integer> order = new ArrayList<>();
    for (int c = 0; c < counts.length; c++) {
      order.add(c);
    }
    order.sort((a, b) -> Integer.compare(counts[b], counts[a]));
    return order;
  }
}
