package org.modelworkbench.services.datasets.export;

import java.nio.file.Path;
import java.util.Locale;
import org.modelworkbench.model.WorkbenchException;

/** The kinds of file a dataset exports to. */
public enum ExportFormat {
  /** RFC 4180 comma-separated text in UTF-8. */
  CSV("csv", ".csv"),
  /** An Excel workbook with one sheet. */
  XLSX("xlsx", ".xlsx");

  private final String label;
  private final String extension;

  ExportFormat(String label, String extension) {
    this.label = label;
    this.extension = extension;
  }

  /** The name used on the command line and in JSON, for example {@code "xlsx"}. */
  public String label() {
    return label;
  }

  /** The file name extension with its dot, for example {@code ".csv"}. */
  public String extension() {
    return extension;
  }

  /**
   * The format a name asks for, case-insensitively.
   *
   * @param name {@code csv} or {@code xlsx}
   * @throws WorkbenchException for any other name
   */
  public static ExportFormat of(String name) {
    String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    for (ExportFormat format : values()) {
      if (format.label.equals(wanted)) {
        return format;
      }
    }
    throw new WorkbenchException("Unknown export format '" + name + "'; use csv or xlsx.");
  }

  /** The format a file's name suggests: Excel for {@code .xlsx}, CSV for anything else. */
  public static ExportFormat forFile(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(XLSX.extension) ? XLSX : CSV;
  }
}
