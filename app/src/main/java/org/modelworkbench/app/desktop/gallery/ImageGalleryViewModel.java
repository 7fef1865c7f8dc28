package org.modelworkbench.app.desktop.gallery;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.modelworkbench.app.desktop.common.ErrorText;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.app.desktop.jobs.JobRunner;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ValueCount;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.datasets.GalleryPage;
import org.modelworkbench.services.datasets.LeftOutFile;

/**
 * State of the Images tab of an image dataset: one {@link ClassGroup} per class with its count and
 * its first pictures, a sentence about them, and the files the import left out. Everything is read
 * in the background; the first {@link #load()} reads the counts, the first pictures of every class
 * and the left-out files in one go.
 */
public final class ImageGalleryViewModel {
  /** Pictures shown per class at first. */
  public static final int FIRST_PICTURES = 24;
  /** Pictures per page once a class shows all. */
  public static final int PAGE_SIZE = 120;

  private final JobRunner runner;
  private final Supplier<Workbench> workbench;
  private final DatasetInfo dataset;
  private final ObservableList<ClassGroup> classes = FXCollections.observableArrayList();
  private final ObservableList<LeftOutFile> leftOut = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
  private boolean started;

  /**
   * Creates the view model.
   *
   * @param runner reads in the background
   * @param workbench the open project
   * @param dataset an image dataset
   */
  public ImageGalleryViewModel(JobRunner runner, Supplier<Workbench> workbench, DatasetInfo dataset) {
    this.runner = runner;
    this.workbench = workbench;
    this.dataset = dataset;
  }

  /**
   * The gallery of a dataset, or null when the dataset holds no pictures.
   *
   * @param runner reads in the background
   * @param workbench the open project
   * @param dataset any dataset
   */
  public static ImageGalleryViewModel forDataset(JobRunner runner, Supplier<Workbench> workbench,
      DatasetInfo dataset) {
    return dataset.holdsImages() ? new ImageGalleryViewModel(runner, workbench, dataset) : null;
  }

  /** The dataset shown. */
  public DatasetInfo dataset() {
    return dataset;
  }

  /** What was read at first: the counts, the first pictures of each class and the left-out files. */
  private record FirstLook(List<ValueCount> counts, List<GalleryPage> pages, List<LeftOutFile> leftOut) {}

  /** Reads the classes, their first pictures and the left-out files (once). */
  public void load() {
    if (started) {
      return;
    }
    started = true;
    message.set("Reading the pictures of " + dataset.name() + "…");
    runner.job("Read pictures of " + dataset.name(), context -> {
      Workbench open = workbench.get();
      List<ValueCount> counts = open.gallery().classCounts(dataset);
      List<GalleryPage> pages = new ArrayList<>(counts.size());
      for (ValueCount count : counts) {
        context.token().throwIfCancelled();
        pages.add(open.gallery().page(dataset, count.value(), 0, FIRST_PICTURES));
      }
      return new FirstLook(counts, pages, open.gallery().leftOut(dataset));
    }).hidden()
        .onSuccess(this::show)
        .onError(error -> message.set(ErrorText.plainMessage(error)))
        .start();
  }

  private void show(FirstLook look) {
    long total = look.counts().stream().mapToLong(ValueCount::count).sum();
    List<ClassGroup> groups = new ArrayList<>(look.counts().size());
    for (int i = 0; i < look.counts().size(); i++) {
      ValueCount count = look.counts().get(i);
      ClassGroup group = new ClassGroup(this, count.value(), count.count(),
          total == 0 ? 0 : (double) count.count() / total);
      group.show(look.pages().get(i));
      groups.add(group);
    }
    classes.setAll(groups);
    leftOut.setAll(look.leftOut());
    message.set(summary(total, groups.size(), look.leftOut().size()));
    loaded.set(true);
  }

  /** "600 pictures in 3 classes; 2 files were left out at import." */
  static String summary(long pictures, int classCount, int leftOutCount) {
    String text = Formats.count(pictures) + (pictures == 1 ? " picture" : " pictures") + " in "
        + classCount + (classCount == 1 ? " class" : " classes");
    if (leftOutCount > 0) {
      text += "; " + leftOutCount + (leftOutCount == 1 ? " file was" : " files were") + " left out at import";
    }
    return text + ".";
  }

  /** Reads a page of a class in the background and hands it over on the UI thread. */
  void readPage(String className, int offset, int limit, Consumer<GalleryPage> onPage, Runnable onFailure) {
    runner.job("Read pictures of " + className, context -> workbench.get().gallery().page(dataset, className,
        offset, limit))
        .hidden()
        .onSuccess(onPage)
        .onError(error -> {
          onFailure.run();
          message.set(ErrorText.plainMessage(error));
        })
        .start();
  }

  /** The classes, by name. */
  public ObservableList<ClassGroup> classes() {
    return classes;
  }

  /** The files the import left out, with their reasons. */
  public ObservableList<LeftOutFile> leftOut() {
    return leftOut;
  }

  /** "Left out: 2 files", or empty when none was. */
  public String leftOutTitle() {
    int n = leftOut.size();
    return n == 0 ? "" : "Left out: " + n + (n == 1 ? " file" : " files");
  }

  /** A sentence about the pictures, what is being read, or what went wrong. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** Whether the first look has been read. */
  public ReadOnlyBooleanProperty loadedProperty() {
    return loaded.getReadOnlyProperty();
  }
}
