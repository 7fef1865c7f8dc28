package org.modelworkbench.data.formats;

import java.util.Locale;

/** What a dataset holds, which decides how it is shown and which models can learn from it. */
public enum DatasetKind {
  /** Rows and typed columns: CSV, Excel, JSON Lines. */
  TABULAR,
  /** Pictures, one sub-folder per class. */
  IMAGE,
  /** Text documents, one sub-folder per class. */
  TEXT;

  /** The lower-case name used in JSON and on screen, for example {@code "image"}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
