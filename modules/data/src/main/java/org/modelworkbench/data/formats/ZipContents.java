package org.modelworkbench.data.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.modelworkbench.model.DataFormatException;

/** Looks inside a zip archive without extracting it: entry names, and whether it is a workbook. */
final class ZipContents {
  private ZipContents() {}

  /** The entry names, as stored. */
  static List<String> names(Path zip) {
    try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
      List<String> names = new ArrayList<>();
      for (ZipArchiveEntry e : Collections.list(file.getEntries())) {
        names.add(e.getName());
      }
      return names;
    } catch (IOException e) {
      throw broken(Folders.nameOf(zip), e);
    }
  }

  /** Whether entry names are those of an Excel workbook. */
  static boolean isWorkbook(List<String> names) {
    return names.contains("xl/workbook.xml") || names.contains("xl/workbook.bin");
  }

  /** What an Office or OpenDocument file other than a workbook is, or null. */
  static String describeDocument(List<String> names) {
    if (names.contains("word/document.xml")) {
      return "a Word document";
    }
    if (names.contains("ppt/presentation.xml")) {
      return "a PowerPoint presentation";
    }
    if (names.contains("mimetype") && names.contains("content.xml")) {
      return "an OpenDocument file";
    }
    return null;
  }

  /** The error for an archive whose directory cannot be read. */
  static DataFormatException broken(String name, IOException e) {
    DataFormatException error = new DataFormatException(name, 0, null,
        "the zip archive is damaged and cannot be read (" + e.getMessage() + ").");
    error.initCause(e);
    return error;
  }
}
