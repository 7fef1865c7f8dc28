package org.modelworkbench.services.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The language a Hugging Face model card ({@code README.md}) declares in its YAML front matter:
 * {@code language: en}, or a list of codes under {@code language:}. The config has no such field.
 */
final class ModelCardLanguage {
  private ModelCardLanguage() {}

  /**
   * Reads the card's language.
   *
   * @param folder the model folder
   * @return "English", "Chinese", "multilingual (94 languages)", or null when the card says nothing
   */
  static String of(Path folder) {
    Path card = folder.resolve("README.md");
    if (!Files.isRegularFile(card)) {
      return null;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(card);
    } catch (IOException | java.io.UncheckedIOException e) {
      return null;
    }
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      return null;
    }
    List<String> codes = new ArrayList<>();
    boolean inList = false;
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.strip().equals("---")) {
        break;
      }
      if (line.startsWith("language:")) {
        String value = line.substring("language:".length()).strip();
        inList = value.isEmpty();
        if (!inList) {
          for (String code : value.replace("[", "").replace("]", "").split(",")) {
            add(codes, code);
          }
        }
      } else if (inList && line.strip().startsWith("- ")) {
        add(codes, line.strip().substring(2));
      } else if (inList && !line.isBlank()) {
        inList = false;
      }
    }
    if (codes.isEmpty()) {
      return null;
    }
    if (codes.size() > 1) {
      return "multilingual (" + codes.size() + " languages)";
    }
    if (codes.get(0).equals("multilingual")) {
      return "multilingual";
    }
    String name = Locale.forLanguageTag(codes.get(0)).getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() ? codes.get(0) : name;
  }

  private static void add(List<String> codes, String raw) {
    String code = raw.strip().replace("\"", "").replace("'", "");
    if (!code.isEmpty()) {
      codes.add(code);
    }
  }
}
