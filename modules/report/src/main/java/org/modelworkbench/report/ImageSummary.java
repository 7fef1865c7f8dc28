package org.modelworkbench.report;

import java.util.List;
import org.modelworkbench.model.ValueCount;

/**
 * What an image dataset holds, summarised for a reader who does not care about file paths or
 * hashes: how many pictures, their sizes and their colours. Pictures per class come from the
 * report's class balance.
 *
 * @param images how many pictures the dataset holds
 * @param sizes pictures per size ("28×28"), most common first
 * @param colours pictures per colour kind ("grey", "colour"), most common first
 */
public record ImageSummary(long images, List<ValueCount> sizes, List<ValueCount> colours) {
  /** Copies the lists; a null list counts as empty. */
  public ImageSummary {
    sizes = sizes == null ? List.of() : List.copyOf(sizes);
    colours = colours == null ? List.of() : List.copyOf(colours);
  }
}
