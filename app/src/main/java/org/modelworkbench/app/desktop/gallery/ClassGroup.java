package org.modelworkbench.app.desktop.gallery;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.services.datasets.GalleryImage;
import org.modelworkbench.services.datasets.GalleryPage;

/**
 * One class in the gallery: its name, its count and share, and the pictures on show. At first it
 * shows the first {@link ImageGalleryViewModel#FIRST_PICTURES}; "Show all" pages through every
 * picture {@link ImageGalleryViewModel#PAGE_SIZE} at a time.
 */
public final class ClassGroup {
  private final ImageGalleryViewModel owner;
  private final String name;
  private final long count;
  private final double share;
  private final ObservableList<GalleryImage> images = FXCollections.observableArrayList();
  private final ReadOnlyBooleanWrapper expanded = new ReadOnlyBooleanWrapper(this, "expanded");
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
  private final ReadOnlyIntegerWrapper offset = new ReadOnlyIntegerWrapper(this, "offset");
  private final ReadOnlyStringWrapper range = new ReadOnlyStringWrapper(this, "range", "");
  private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(this, "hasPrevious");
  private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(this, "hasNext");
  private int request;

  ClassGroup(ImageGalleryViewModel owner, String name, long count, double share) {
    this.owner = owner;
    this.name = name;
    this.count = count;
    this.share = share;
  }

  /** The class name. */
  public String name() {
    return name;
  }

  /** How many pictures the class has. */
  public long count() {
    return count;
  }

  /** The class's share of all pictures, 0 to 1. */
  public double share() {
    return share;
  }

  /** "200 pictures · 33.3%". */
  public String countText() {
    return Formats.count(count) + (count == 1 ? " picture" : " pictures") + " · " + Formats.percent(share);
  }

  /** Whether the class has more pictures than the first few shown. */
  public boolean hasHidden() {
    return count > ImageGalleryViewModel.FIRST_PICTURES;
  }

  /** "Show all 200". */
  public String showAllText() {
    return "Show all " + Formats.count(count);
  }

  /** The pictures on show. */
  public ObservableList<GalleryImage> images() {
    return images;
  }

  /** Whether every picture is paged through, instead of the first few. */
  public ReadOnlyBooleanProperty expandedProperty() {
    return expanded.getReadOnlyProperty();
  }

  /** Whether a page is being read. */
  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  /** How many pictures come before those on show. */
  public ReadOnlyIntegerProperty offsetProperty() {
    return offset.getReadOnlyProperty();
  }

  /** "121–240 of 600" while paging; empty otherwise. */
  public ReadOnlyStringProperty rangeProperty() {
    return range.getReadOnlyProperty();
  }

  /** Whether there is a page before. */
  public ReadOnlyBooleanProperty hasPreviousProperty() {
    return hasPrevious.getReadOnlyProperty();
  }

  /** Whether there is a page after. */
  public ReadOnlyBooleanProperty hasNextProperty() {
    return hasNext.getReadOnlyProperty();
  }

  /** Pages through every picture, from the first. */
  public void showAll() {
    expanded.set(true);
    load(0);
  }

  /** Back to the first few pictures. */
  public void showFewer() {
    expanded.set(false);
    load(0);
  }

  /** The next page. */
  public void next() {
    if (hasNext.get()) {
      load(offset.get() + pageSize());
    }
  }

  /** The page before. */
  public void previous() {
    if (hasPrevious.get()) {
      load(Math.max(0, offset.get() - pageSize()));
    }
  }

  private int pageSize() {
    return expanded.get() ? ImageGalleryViewModel.PAGE_SIZE : ImageGalleryViewModel.FIRST_PICTURES;
  }

  private void load(int from) {
    int asked = ++request;
    loading.set(true);
    owner.readPage(name, from, pageSize(), page -> {
      if (asked == request) {
        show(page);
      }
    }, () -> {
      if (asked == request) {
        loading.set(false);
      }
    });
  }

  /** Shows a page that was read. */
  void show(GalleryPage page) {
    loading.set(false);
    offset.set(page.offset());
    images.setAll(page.images());
    boolean paging = expanded.get();
    hasPrevious.set(paging && page.offset() > 0);
    hasNext.set(paging && page.hasMore());
    range.set(paging && !page.images().isEmpty() ? Formats.count(page.offset() + 1) + "\u2013"
        + Formats.count(page.offset() + page.images().size()) + " of " + Formats.count(page.total()) : "");
  }
}
