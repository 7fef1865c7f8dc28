package org.modelworkbench.services.datasets;

import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.WorkbenchException;

/**
 * How to import a file or folder.
 *
 * @param name dataset name, or null for the file name without its extension
 * @param skipBadRows keep unparseable rows aside instead of failing
 * @param kind {@code tabular}, {@code image} or {@code text}; null to detect
 * @param sheet the Excel sheet to read; null for the first
 * @param encoding the text's character set; null to detect
 * @param types the type of some columns by name, {@link ColumnType#TEXT} or
 *     {@link ColumnType#CATEGORICAL}, overriding what the values suggest; empty to infer every type.
 *     A file already stored under the name gets these types on its stored version.
 */
public record ImportRequest(String name, boolean skipBadRows, String kind, String sheet, Charset encoding,
    Map<String, ColumnType> types) {
  private static final Set<String> KINDS = Set.of("tabular", "image", "text");

  /** Checks the kind and the types. */
  public ImportRequest {
    if (kind != null) {
      kind = kind.trim().toLowerCase(Locale.ROOT);
      if (!KINDS.contains(kind)) {
        throw new WorkbenchException("Unknown kind '" + kind + "'; use tabular, image or text.");
      }
    }
    types = types == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(types));
    for (Map.Entry<String, ColumnType> t : types.entrySet()) {
      if (t.getValue() == null || !t.getValue().holdsStrings()) {
        throw new WorkbenchException("The type of '" + t.getKey() + "' can be set to text or categorical only.");
      }
    }
  }

  /** A request with every type inferred. */
  public ImportRequest(String name, boolean skipBadRows, String kind, String sheet, Charset encoding) {
    this(name, skipBadRows, kind, sheet, encoding, Map.of());
  }

  /** The same request with some columns' types given. */
  public ImportRequest withTypes(Map<String, ColumnType> columnTypes) {
    return new ImportRequest(name, skipBadRows, kind, sheet, encoding, columnTypes);
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
