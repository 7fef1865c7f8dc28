package org.modelworkbench.data.formats;

import org.modelworkbench.model.DataFormatException;

/** The plain errors for sources that are not datasets at all. */
final class NotADataFile {
  private NotADataFile() {}

  /**
   * "file: this is a PDF document, not a data file. Import a CSV, Excel, JSON Lines file or a
   * folder of images."
   *
   * @param name the file name
   * @param what what the file is, with its article, such as "a PDF document"
   */
  static DataFormatException because(String name, String what) {
    return new DataFormatException(name, 0, null, "this is " + what
        + ", not a data file. Import a CSV, Excel, JSON Lines file or a folder of images.");
  }
}
