package org.modelworkbench.services.datasets.export;

/**
 * A valid Excel sheet name made from a dataset's name: Excel refuses {@code [ ] : * ? / \}, a name
 * longer than 31 characters, a blank name and one starting or ending with an apostrophe.
 */
final class SheetNames {
  /** Characters in a sheet name at most. */
  static final int MAX_LENGTH = 31;
  private static final String FALLBACK = "Data";

  private SheetNames() {}

  /** The sheet name for a dataset name. */
  static String of(String datasetName) {
    String name = datasetName == null ? "" : datasetName.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
    if (name.length() > MAX_LENGTH) {
      int end = Character.isHighSurrogate(name.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
      name = name.substring(0, end).strip();
    }
    while (name.startsWith("'")) {
      name = name.substring(1);
    }
    while (name.endsWith("'")) {
      name = name.substring(0, name.length() - 1);
    }
    return name.isBlank() ? FALLBACK : name;
  }
}
