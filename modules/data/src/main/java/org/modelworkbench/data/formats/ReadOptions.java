package org.modelworkbench.data.formats;

/**
 * How to read a dataset.
 *
 * @param kind the kind the caller expects, or null to detect it from the source
 * @param sheet the Excel sheet to read, or null for the first sheet; ignored for other formats
 * @param skipBadRows when true, rows (or JSON lines) that cannot be read are listed in
 *     {@link DatasetRead#rejected()} and left out; when false the first one fails the import
 */
public record ReadOptions(DatasetKind kind, String sheet, boolean skipBadRows) {

  /** Detect everything, first sheet, fail on the first bad row. */
  public static ReadOptions defaults() {
    return new ReadOptions(null, null, false);
  }
}
