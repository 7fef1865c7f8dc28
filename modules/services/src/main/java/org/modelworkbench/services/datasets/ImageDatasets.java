package org.modelworkbench.services.datasets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.store.ArtifactStore;

/** Recognises image rows (made by the image-folder import) and finds their files. */
public final class ImageDatasets {
  private ImageDatasets() {}

  /** Whether the rows are image rows: the table form of {@link DatasetInfo#holdsImages()}. */
  public static boolean isImage(DataTable rows) {
    return DatasetInfo.IMAGE_COLUMNS.stream().allMatch(rows::hasColumn);
  }

  /** The image files of the rows, resolved in the project. */
  public static List<Path> files(DataTable rows, ArtifactStore artifacts) {
    String[] relative = rows.textColumn(rows.columnIndex("file"));
    List<Path> files = new ArrayList<>(relative.length);
    for (String r : relative) {
      files.add(artifacts.resolve(r));
    }
    return files;
  }

  /** One column of whole numbers (width, height or channels). */
  public static int[] ints(DataTable rows, String column) {
    double[] values = rows.numericColumn(rows.columnIndex(column));
    int[] out = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Double.isNaN(values[i]) ? 1 : (int) values[i];
    }
    return out;
  }
}
