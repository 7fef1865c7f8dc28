package org.modelworkbench.report;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The folders where this operating system keeps installed fonts, for the PDF report to embed one.
 *
 * <p>Folders named in the system property {@value #EXTRA_PROPERTY} (separated like a class path)
 * come first, so an installation can bring its own fonts or prefer a company font.
 */
final class FontFolders {
  /** System property with extra font folders, searched before the system's own. */
  static final String EXTRA_PROPERTY = "workbench.pdf.fontDirs";

  private FontFolders() {}

  /** The existing font folders of this machine, most specific first. */
  static List<Path> ofThisSystem() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String home = System.getProperty("user.home", "");
    List<Path> candidates = new ArrayList<>(extra());
    if (os.contains("win")) {
      String windir = System.getenv().getOrDefault("WINDIR", "C:\\Windows");
      candidates.add(Path.of(windir, "Fonts"));
      String local = System.getenv("LOCALAPPDATA");
      if (local != null) {
        candidates.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
      }
    } else if (os.contains("mac")) {
      candidates.add(Path.of(home, "Library", "Fonts"));
      candidates.add(Path.of("/Library/Fonts"));
      candidates.add(Path.of("/System/Library/Fonts"));
    } else {
      candidates.add(Path.of(home, ".local", "share", "fonts"));
      candidates.add(Path.of(home, ".fonts"));
      candidates.add(Path.of("/usr/local/share/fonts"));
      candidates.add(Path.of("/usr/share/fonts"));
    }
    return candidates.stream().filter(Files::isDirectory).distinct().toList();
  }

  private static List<Path> extra() {
    String value = System.getProperty(EXTRA_PROPERTY, "").strip();
    List<Path> out = new ArrayList<>();
    for (String part : value.split(File.pathSeparator)) {
      if (!part.isBlank()) {
        out.add(Path.of(part.strip()));
      }
    }
    return out;
  }
}
