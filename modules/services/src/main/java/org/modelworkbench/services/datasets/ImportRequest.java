package org.modelworkbench.services.datasets;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Set;
import org.modelworkbench.model.WorkbenchException;

/**
 * How to import a file or folder.
 *
 * @param name dataset name, or null for the file name without its extension
 * @param skipBadRows keep unparseable rows aside instead of failing
 * @param kind {@code tabular}, {@code image} or {@code text}; null to detect
 * @param sheet the Excel sheet to read; null for the first
 * @param encoding the text's character set; null to detect
 */
public record ImportRequest(String name, boolean skipBadRows, String kind, String sheet, Charset encoding) {
  private static final Set<String> KINDS = Set.of("tabular", "image", "text");

  /** Checks the kind. */
  public ImportRequest {
    if (kind != null) {
      kind = kind.trim().toLowerCase(Locale.ROOT);
      if (!KINDS.contains(kind)) {
        throw new WorkbenchException("Unknown kind '" + kind + "'; use tabular, image or text.");
      }
    }
  }

  /** Detect everything; fail on bad rows. */
  public static ImportRequest defaults() {
    return new ImportRequest(null, false, null, null, null);
  }

  /** Detect everything, with a name and the bad-rows choice. */
  public static ImportRequest of(String name, boolean skipBadRows) {
    return new ImportRequest(name, skipBadRows, null, null, null);
  }
}
