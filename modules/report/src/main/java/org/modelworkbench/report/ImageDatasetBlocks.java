package org.modelworkbench.report;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ValueCount;

/**
 * The dataset part of a report on pictures: how many, of which sizes and colours, per class. The
 * stored file names and hashes of the pictures mean nothing to a manager, so they are left out.
 */
final class ImageDatasetBlocks {
  /** Most picture sizes listed; the rest are counted as "other sizes". */
  static final int MAX_SIZES = 6;

  private ImageDatasetBlocks() {}

  /** The facts and tables that replace the column table for an image dataset. */
  static List<Block> build(ReportContent content, ZoneId zone) {
    DatasetInfo data = content.dataset();
    ImageSummary images = content.images();
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Facts(DatasetSection.present(
        new Block.Fact("Name", data.name()),
        new Block.Fact("Version", Integer.toString(data.version())),
        new Block.Fact("Source folder", Formats.text(data.sourceFile())),
        DatasetSection.sha256(data),
        new Block.Fact("Pictures", Formats.count(images.images())),
        new Block.Fact("Classes", Formats.count(content.classBalance().size())),
        new Block.Fact("Sizes", sizesLine(images.sizes(), images.images())),
        new Block.Fact("Colours", colourLine(images.colours())),
        new Block.Fact("Unreadable files", data.rejectedRows() == 0 ? "None"
            : Formats.count(data.rejectedRows()) + " (left out)"),
        new Block.Fact("Imported", Formats.dateTime(data.importedAt(), zone)))));
    if (images.sizes().size() > 1) {
      blocks.add(new Block.Subheading("Picture sizes"));
      blocks.add(new Block.Paragraph("Every picture is resized to the model\u2019s input before training, so "
          + "mixed sizes are fine; very small pictures lose detail.", Block.Tone.MUTED));
      blocks.add(sizeTable(images.sizes(), images.images()));
    }
    return blocks;
  }

  /** "All 8×8 pixels", or "Mostly 224×224 pixels (80 %), 3 sizes". */
  static String sizesLine(List<ValueCount> sizes, long total) {
    if (sizes.isEmpty()) {
      return Formats.NONE;
    }
    ValueCount first = sizes.get(0);
    if (sizes.size() == 1) {
      return "All " + first.value() + " pixels";
    }
    return "Mostly " + first.value() + " pixels (" + Formats.percentOf(first.count(), total) + "), "
        + sizes.size() + " sizes";
  }

  private static String colourLine(List<ValueCount> colours) {
    if (colours.isEmpty()) {
      return Formats.NONE;
    }
    List<String> parts = new ArrayList<>();
    for (ValueCount colour : colours) {
      parts.add(colour.value() + " (" + Formats.count(colour.count()) + ")");
    }
    return String.join(", ", parts);
  }

  private static Block sizeTable(List<ValueCount> sizes, long total) {
    List<List<String>> rows = new ArrayList<>();
    long shown = 0;
    for (ValueCount size : sizes.subList(0, Math.min(MAX_SIZES, sizes.size()))) {
      rows.add(List.of(size.value(), Formats.count(size.count()), Formats.percentOf(size.count(), total)));
      shown += size.count();
    }
    if (sizes.size() > MAX_SIZES) {
      rows.add(List.of((sizes.size() - MAX_SIZES) + " other sizes", Formats.count(total - shown),
          Formats.percentOf(total - shown, total)));
    }
    return new Block.Table(List.of(new Block.Column("Size (width × height)", false),
        new Block.Column("Pictures", true), new Block.Column("Share", true)), rows, true);
  }
}
