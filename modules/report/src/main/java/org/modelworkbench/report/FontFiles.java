package org.modelworkbench.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The font files the PDF report tries, in order, for regular and for bold text, as found on this
 * machine.
 *
 * <p>Helvetica-compatible fonts come first (Liberation Sans, Arial), so Latin text keeps the look
 * and widths the report was laid out with; broad Unicode fonts (DejaVu Sans, Noto Sans, Segoe UI)
 * follow for Greek, Cyrillic and the rarer Latin letters; CJK fonts come last because they are big
 * and only loaded when a character needs them. The bold list ends with the regular list: a bold
 * heading in a script with no bold font installed is better in regular weight than as "?".
 * Files that turn out not to be embeddable (OpenType with PostScript outlines, such as the Noto CJK
 * collections, or fonts whose licence forbids it) are skipped when loaded.
 *
 * @param regular body text fonts, most preferred first
 * @param bold heading and label fonts, most preferred first
 */
record FontFiles(List<Path> regular, List<Path> bold) {
  /** Latin, Greek and Cyrillic fonts of Linux, Windows and macOS. */
  private static final List<String> REGULAR = List.of(
      "LiberationSans-Regular.ttf", "arial.ttf", "DejaVuSans.ttf", "NotoSans-Regular.ttf",
      "segoeui.ttf", "Arial Unicode.ttf", "arialuni.ttf");
  private static final List<String> BOLD = List.of(
      "LiberationSans-Bold.ttf", "arialbd.ttf", "Arial Bold.ttf", "DejaVuSans-Bold.ttf",
      "NotoSans-Bold.ttf", "segoeuib.ttf");
  /** Chinese, Japanese and Korean: Linux, then Windows, then macOS. */
  private static final List<String> CJK = List.of(
      "DroidSansFallbackFull.ttf", "DroidSansFallback.ttf", "wqy-microhei.ttc", "wqy-zenhei.ttc",
      "NotoSansCJK-Regular.ttc", "uming.ttc", "msyh.ttc", "simsun.ttc", "msgothic.ttc",
      "malgun.ttf", "STHeiti Light.ttc", "PingFang.ttc", "AppleSDGothicNeo.ttc");
  private static final List<String> BOLD_CJK = List.of("msyhbd.ttc", "malgunbd.ttf");

  private static final Logger LOG = LoggerFactory.getLogger(FontFiles.class);

  /** Built once per JVM: the font folders rarely change while the application runs. */
  private static volatile FontFiles system;

  /** Copies the lists. */
  FontFiles {
    regular = List.copyOf(regular);
    bold = List.copyOf(bold);
  }

  /** No files: the report falls back to Helvetica alone. */
  static FontFiles none() {
    return new FontFiles(List.of(), List.of());
  }

  /** The fonts installed on this machine, searched for once per JVM. */
  static FontFiles ofThisSystem() {
    FontFiles found = system;
    if (found == null) {
      synchronized (FontFiles.class) {
        found = system;
        if (found == null) {
          List<Path> folders = FontFolders.ofThisSystem();
          found = from(FontFileIndex.scan(folders, wantedNames()));
          if (found.regular().isEmpty()) {
            LOG.warn("No Unicode font found in {}: PDF reports show only Western European text and "
                + "print other characters as '?'", folders);
          } else {
            LOG.debug("PDF report fonts: regular {}, bold {}", found.regular(), found.bold());
          }
          system = found;
        }
      }
    }
    return found;
  }

  /** The preferred files the index holds, in order of preference. */
  static FontFiles from(FontFileIndex index) {
    List<Path> regular = resolve(index, REGULAR, CJK);
    Set<Path> bold = new LinkedHashSet<>(resolve(index, BOLD, BOLD_CJK));
    bold.addAll(regular);
    return new FontFiles(regular, new ArrayList<>(bold));
  }

  /** Every file name looked for. */
  static Set<String> wantedNames() {
    Set<String> names = new LinkedHashSet<>(REGULAR);
    names.addAll(BOLD);
    names.addAll(CJK);
    names.addAll(BOLD_CJK);
    return names;
  }

  @SafeVarargs
  private static List<Path> resolve(FontFileIndex index, List<String>... names) {
    Set<Path> out = new LinkedHashSet<>();
    for (List<String> group : names) {
      group.forEach(name -> index.find(name).ifPresent(out::add));
    }
    return new ArrayList<>(out);
  }
}
