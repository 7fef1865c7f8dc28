package org.modelworkbench.services.datasets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.RejectedRow;
import org.modelworkbench.model.ValueCount;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.store.ProjectDatabase;

/**
 * The pictures of an image dataset by class: how many each class has, a page of a class's
 * pictures with their files, names and sizes, and the files the import left out. The first call on
 * a dataset reads its picture list once (a few columns, about a second for a million pictures) and
 * keeps it for the last few datasets, so paging through a class reads nothing more. Call it off the
 * UI thread.
 */
public final class ImageGallery {
  /** Datasets whose picture lists are kept (a dataset version never changes). */
  private static final int KEPT = 3;

  private final ProjectDatabase database;
  private final Map<Long, Index> indexes = new LinkedHashMap<>(4, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, Index> eldest) {
      return size() > KEPT;
    }
  };

  public ImageGallery(ProjectDatabase database) {
    this.database = database;
  }

  /**
   * How many pictures each class has, by class name.
   *
   * @throws WorkbenchException when the dataset holds no pictures
   */
  public List<ValueCount> classCounts(DatasetInfo dataset) {
    Index index = index(dataset);
    List<ValueCount> counts = new ArrayList<>(index.byClass.size());
    index.byClass.forEach((name, rows) -> counts.add(new ValueCount(name, rows.length)));
    return counts;
  }

  /**
   * A page of one class's pictures, in the dataset's order.
   *
   * @param dataset an image dataset
   * @param className the class
   * @param offset pictures of the class to skip
   * @param limit most pictures to return
   * @throws WorkbenchException when the dataset holds no pictures
   */
  public GalleryPage page(DatasetInfo dataset, String className, int offset, int limit) {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative");
    }
    Index index = index(dataset);
    int[] rows = index.byClass.getOrDefault(className, new int[0]);
    int from = Math.min(offset, rows.length);
    int to = (int) Math.min(rows.length, (long) from + limit);
    List<GalleryImage> images = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      int r = rows[i];
      Path path = database.artifacts().resolve(index.files[r]);
      String name = index.names == null || index.names[r] == null ? path.getFileName().toString() : index.names[r];
      images.add(new GalleryImage(path, name, className, index.widths[r], index.heights[r], r));
    }
    return new GalleryPage(className, rows.length, from, images);
  }

  /**
   * The files the import of an image dataset left out, with their reasons: unreadable or damaged
   * pictures, files that are no pictures, files outside the class folders.
   */
  public List<LeftOutFile> leftOut(DatasetInfo dataset) {
    if (dataset.rejectedRows() == 0) {
      return List.of();
    }
    List<LeftOutFile> files = new ArrayList<>();
    for (RejectedRow row : database.datasets().rejected(dataset.id())) {
      files.add(new LeftOutFile(row.content() == null ? "" : row.content(), row.reason()));
    }
    return files;
  }

  private Index index(DatasetInfo dataset) {
    if (!dataset.holdsImages()) {
      throw new WorkbenchException("The dataset '" + dataset.name() + "' holds no pictures; only a dataset "
          + "imported from a folder of images has a gallery.");
    }
    synchronized (indexes) {
      Index kept = indexes.get(dataset.id());
      if (kept != null) {
        return kept;
      }
    }
    Index index = Index.of(database.datasets().rows(dataset.id()));
    synchronized (indexes) {
      indexes.put(dataset.id(), index);
    }
    return index;
  }

  /** The columns the gallery needs, and each class's row numbers, classes by name. */
  private record Index(String[] files, String[] names, int[] widths, int[] heights, Map<String, int[]> byClass) {
    static Index of(DataTable rows) {
      String[] classes = rows.textColumn(rows.columnIndex("class"));
      Map<String, List<Integer>> grouped = new TreeMap<>();
      for (int r = 0; r < classes.length; r++) {
        grouped.computeIfAbsent(classes[r] == null ? "(none)" : classes[r], c -> new ArrayList<>()).add(r);
      }
      Map<String, int[]> byClass = new LinkedHashMap<>();
      grouped.forEach((c, list) -> byClass.put(c, list.stream().mapToInt(Integer::intValue).toArray()));
      return new Index(rows.textColumn(rows.columnIndex("file")),
          rows.hasColumn("source") ? rows.textColumn(rows.columnIndex("source")) : null,
          ImageDatasets.ints(rows, "width"), ImageDatasets.ints(rows, "height"), byClass);
    }
  }
}
