package org.modelworkbench.benchmarks.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Real text with real labels from this machine: the English descriptions of Debian packages (a
 * summary line and a paragraph or more), labelled with the package's archive section. Only
 * sections named after a topic are used (games, mail, science, ...), not those named after a
 * programming language, which the text would give away. One package per source package is kept,
 * so near-identical descriptions of a library's -dev, -doc and -data packages cannot sit on both
 * sides of a split.
 *
 * <p>Needs the package lists with long descriptions: {@code apt-get update -o
 * Acquire::Languages=en}. The descriptions are read, never copied into the repository.
 */
public final class DebianDescriptions {
  /** The sections used as classes. */
  public static final List<String> SECTIONS = List.of("admin", "games", "graphics", "mail", "math", "net",
      "science", "sound", "text", "web");
  private static final Path LISTS = Path.of("/var/lib/apt/lists");

  private DebianDescriptions() {}

  /**
   * Reads the corpus.
   *
   * @param maxPerSection at most this many packages per section (the first by package name)
   * @return the descriptions with their sections
   * @throws IOException when the package lists cannot be read or have no long descriptions
   */
  public static LabelledTexts read(int maxPerSection) throws IOException, InterruptedException {
    Map<String, String> longText = translations();
    if (longText.isEmpty()) {
      throw new IOException("No long package descriptions under " + LISTS
          + ": run apt-get update -o Acquire::Languages=en first.");
    }
    // package name -> {source, section, md5}, sorted by name so the choice is stable.
    TreeMap<String, String[]> packages = new TreeMap<>();
    for (Map<String, String> stanza : stanzas(command("apt-cache", "dumpavail"))) {
      String name = stanza.get("Package");
      String md5 = stanza.get("Description-md5");
      String section = stanza.getOrDefault("Section", "");
      if (name == null || md5 == null) {
        continue;
      }
      String source = stanza.getOrDefault("Source", name).split(" ")[0];
      packages.putIfAbsent(name, new String[] {source, section.substring(section.indexOf('/') + 1), md5});
    }
    Map<String, Integer> perSection = new HashMap<>();
    java.util.Set<String> sources = new java.util.HashSet<>();
    java.util.Set<String> seenTexts = new java.util.HashSet<>();
    List<String> texts = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (String[] p : packages.values()) {
      String text = longText.get(p[2]);
      if (!SECTIONS.contains(p[1]) || text == null || perSection.getOrDefault(p[1], 0) >= maxPerSection
          || !sources.add(p[0]) || !seenTexts.add(text)) {
        continue;
      }
      perSection.merge(p[1], 1, Integer::sum);
      texts.add(text);
      labels.add(p[1]);
    }
    return LabelledTexts.of("debian", texts, labels);
  }

  /** Description-md5 -> summary line and long description, from every Translation-en list. */
  private static Map<String, String> translations() throws IOException, InterruptedException {
    Map<String, String> out = new HashMap<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(LISTS)) {
      files = list.filter(f -> f.getFileName().toString().contains("Translation-en")).sorted().toList();
    }
    for (Path f : files) {
      for (Map<String, String> stanza : stanzas(command("/usr/lib/apt/apt-helper", "cat-file", f.toString()))) {
        String md5 = stanza.get("Description-md5");
        String description = stanza.get("Description-en");
        if (md5 != null && description != null) {
          out.putIfAbsent(md5, description);
        }
      }
    }
    return out;
  }

  /** Debian control stanzas; continuation lines are joined, " ." paragraph marks become breaks. */
  private static List<Map<String, String>> stanzas(List<String> lines) {
    List<Map<String, String>> out = new ArrayList<>();
    Map<String, String> current = new HashMap<>();
    String field = null;
    for (String line : lines) {
      if (line.isEmpty()) {
        if (!current.isEmpty()) {
          out.add(current);
        }
        current = new HashMap<>();
        field = null;
      } else if ((line.startsWith(" ") || line.startsWith("\t")) && field != null) {
        String more = line.trim();
        current.merge(field, more.equals(".") ? "\n" : more, (a, b) -> a.endsWith("\n") || b.equals("\n")
            ? a + b : a + " " + b);
      } else {
        int colon = line.indexOf(':');
        if (colon > 0) {
          field = line.substring(0, colon);
          current.put(field, line.substring(colon + 1).trim() + (field.equals("Description-en") ? "\n" : ""));
        }
      }
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  private static List<String> command(String... args) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(args).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines.add(line);
      }
    }
    if (process.waitFor() != 0) {
      throw new IOException(String.join(" ", args) + " failed with status " + process.exitValue());
    }
    return lines;
  }
}
