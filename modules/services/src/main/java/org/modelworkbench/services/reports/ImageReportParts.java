package org.modelworkbench.services.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.ValueCount;
import org.modelworkbench.report.ImageSummary;
import org.modelworkbench.report.Thumbnail;
import org.modelworkbench.services.datasets.ImageDatasets;
import org.modelworkbench.store.ArtifactStore;

/** The parts of a report that only image runs have: the pictures' sizes and a few mistakes. */
final class ImageReportParts {
  /** Most misclassified pictures a report shows. */
  static final int MAX_THUMBNAILS = 12;

  private ImageReportParts() {}

  /** How many pictures of which sizes and colours the dataset's rows hold. */
  static ImageSummary summary(DataTable rows) {
    int[] widths = ImageDatasets.ints(rows, "width");
    int[] heights = ImageDatasets.ints(rows, "height");
    int[] channels = ImageDatasets.ints(rows, "channels");
    Map<String, Long> sizes = new LinkedHashMap<>();
    Map<String, Long> colours = new LinkedHashMap<>();
    for (int r = 0; r < widths.length; r++) {
      sizes.merge(widths[r] + "\u00D7" + heights[r], 1L, Long::sum);
      colours.merge(colour(channels[r]), 1L, Long::sum);
    }
    return new ImageSummary(widths.length, byCount(sizes), byCount(colours));
  }

  /**
   * Up to {@value #MAX_THUMBNAILS} misclassified test pictures, the most confident mistakes first.
   *
   * @param misclassified the table of {@link EvaluationService#misclassifiedTestRows(long)}
   */
  static List<Thumbnail> thumbnails(DataTable misclassified, ArtifactStore artifacts) {
    int file = misclassified.columnIndex("file");
    int actual = misclassified.columnIndex("actual");
    int predicted = misclassified.columnIndex("predicted");
    int probability = misclassified.columnIndex("probability");
    List<Integer> order = new ArrayList<>();
    for (int r = 0; r < misclassified.rowCount(); r++) {
      order.add(r);
    }
    order.sort(Comparator.comparingDouble((Integer r) -> -DataTable.toDouble(misclassified.value(r, probability))));
    List<Thumbnail> out = new ArrayList<>();
    for (int r : order.subList(0, Math.min(MAX_THUMBNAILS, order.size()))) {
      String name = String.valueOf(misclassified.value(r, file));
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(artifacts.resolve(name));
      } catch (IOException | RuntimeException e) {
        bytes = new byte[0];
      }
      out.add(new Thumbnail(name, String.valueOf(misclassified.value(r, actual)),
          String.valueOf(misclassified.value(r, predicted)),
          DataTable.toDouble(misclassified.value(r, probability)), bytes));
    }
    return out;
  }

  /** Whether a report of this run can show its mistakes: a completed classifier with a model. */
  static boolean hasMistakes(RunInfo run) {
    return run.modelId() != null && run.testMetrics() instanceof org.modelworkbench.model.ClassificationMetrics;
  }

  private static String colour(int channels) {
    return switch (channels) {
      case 1 -> "grey";
      case 2 -> "grey with transparency";
      case 4 -> "colour with transparency";
      default -> "colour";
    };
  }

  private static List<ValueCount> byCount(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .map(e -> new ValueCount(e.getKey(), e.getValue()))
        .toList();
  }
}
