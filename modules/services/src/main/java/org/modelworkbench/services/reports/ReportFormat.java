package org.modelworkbench.services.reports;

import java.util.Locale;
import org.modelworkbench.model.WorkbenchException;

/** The formats a run report can be written in. */
public enum ReportFormat {
  /** One self-contained HTML file. */
  HTML,
  /** A PDF document. */
  PDF;

  /** Parses {@code html} or {@code pdf}, case-insensitively. */
  public static ReportFormat parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new WorkbenchException("Unknown report format '" + text + "'; use html or pdf.");
    }
  }

  /** The usual file extension, with its dot. */
  public String extension() {
    return "." + name().toLowerCase(Locale.ROOT);
  }
}
