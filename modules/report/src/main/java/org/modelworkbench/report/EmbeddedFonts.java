package org.modelworkbench.report;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Font files loaded into one PDF document as subset Type 0 fonts, each file at most once however
 * many font chains use it.
 *
 * <p>Subsetting keeps the file small: only the glyphs drawn are embedded, when the document is
 * saved. A file that cannot be embedded (not TrueType outlines, licence forbids embedding or
 * subsetting, damaged) is remembered for the rest of the JVM and not tried again. Close this after
 * the document has been saved: fonts from a .ttc collection read from the open collection file
 * until then.
 */
final class EmbeddedFonts implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedFonts.class);
  /** Files that failed once; shared by all documents because the outcome would not change. */
  private static final Set<Path> UNUSABLE = ConcurrentHashMap.newKeySet();

  private final PDDocument document;
  private final Map<Path, Optional<PDFont>> loaded = new HashMap<>();
  private final List<TrueTypeCollection> collections = new ArrayList<>();

  /** Loads fonts into that document. */
  EmbeddedFonts(PDDocument document) {
    this.document = document;
  }

  /** The file's font in this document, loading it on first use; empty if it cannot be embedded. */
  Optional<PDFont> get(Path file) {
    return loaded.computeIfAbsent(file, this::load);
  }

  private Optional<PDFont> load(Path file) {
    if (UNUSABLE.contains(file)) {
      return Optional.empty();
    }
    try {
      PDFont font = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")
          ? loadFromCollection(file) : loadFile(file);
      LOG.debug("Embedding font {} from {}", font.getName(), file);
      return Optional.of(font);
    } catch (IOException | RuntimeException e) {
      // PDFBox reports PostScript-outline OpenType and broken tables in various ways.
      UNUSABLE.add(file);
      LOG.info("Font {} cannot be embedded in PDF reports and is skipped: {}", file, e.getMessage());
      return Optional.empty();
    }
  }

  private PDFont loadFile(Path file) throws IOException {
    // Parse first to check the licence: a font that forbids subsetting would only fail on save.
    TrueTypeFont ttf = new TTFParser()
        .parse(new RandomAccessReadBufferedFile(file.toFile()));
    try {
      requireSubsettable(ttf);
      PDFont font = PDType0Font.load(document, ttf, true);
      document.registerTrueTypeFontForClosing(ttf);
      return font;
    } catch (IOException | RuntimeException e) {
      ttf.close();
      throw e;
    }
  }

  private PDFont loadFromCollection(Path file) throws IOException {
    TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
    try {
      // The first font of a collection is its main face (YaHei before YaHei UI, SimSun before
      // NSimSun). Visiting a face only reads its table directory, so visiting all is cheap.
      TrueTypeFont[] first = new TrueTypeFont[1];
      collection.processAllFonts(ttf -> {
        if (first[0] == null) {
          first[0] = ttf;
        }
      });
      if (first[0] == null) {
        throw new IOException("empty font collection");
      }
      requireSubsettable(first[0]);
      PDFont font = PDType0Font.load(document, first[0], true);
      collections.add(collection);
      return font;
    } catch (IOException | RuntimeException e) {
      collection.close();
      throw e;
    }
  }

  private static void requireSubsettable(TrueTypeFont ttf) throws IOException {
    OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
    if (os2 != null && (os2.getFsType() & OS2WindowsMetricsTable.FSTYPE_NO_SUBSETTING) != 0) {
      throw new IOException("the font's licence does not allow subsetting");
    }
  }

  /** Closes the font collections opened for the document. */
  @Override
  public void close() throws IOException {
    IOException first = null;
    for (TrueTypeCollection collection : collections) {
      try {
        collection.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    collections.clear();
    if (first != null) {
      throw first;
    }
  }
}
