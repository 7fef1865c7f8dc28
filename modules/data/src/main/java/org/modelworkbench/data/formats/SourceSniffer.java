package org.modelworkbench.data.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.modelworkbench.model.DataFormatException;

/**
 * Decides which reader a source goes to, from its first bytes and then its name, and refuses
 * files that are plainly not data (PDFs, pictures, Word documents, programs) with one sentence.
 */
final class SourceSniffer {
  private static final Set<String> EXCEL = Set.of(".xlsx", ".xlsm");
  private static final Set<String> JSON_LINES = Set.of(".jsonl", ".ndjson");

  private SourceSniffer() {}

  /**
   * Sniffs a source.
   *
   * @param kind the kind the caller asked for, or null
   * @throws DataFormatException when the source is missing, empty or not a data file
   */
  static SourceType sniff(Path source, DatasetKind kind) {
    String name = Folders.nameOf(source);
    if (!Files.exists(source)) {
      throw new DataFormatException(name, 0, null, "the file or folder does not exist.");
    }
    if (Files.isDirectory(source)) {
      return SourceType.FOLDER;
    }
    try {
      if (Files.size(source) == 0) {
        throw new DataFormatException(name, 0, null, "the file is empty.");
      }
      byte[] head = FileMagic.head(source);
      String ext = Folders.extension(name);
      if (FileMagic.isZip(head)) {
        return sniffZip(source, name, ext, kind);
      }
      if (FileMagic.isOle2(head)) {
        throw new DataFormatException(name, 0, null, "this is a password-protected workbook or an old "
            + "Office 97-2003 file (such as .xls); open it in Excel and save it as .xlsx without a "
            + "password, or as CSV.");
      }
      if (EXCEL.contains(ext)) {
        throw new DataFormatException(name, 0, null,
            "this is not a valid Excel workbook; open it in Excel and save it again as .xlsx.");
      }
      String binary = FileMagic.describeBinary(head);
      if (binary != null) {
        throw NotADataFile.because(name, binary);
      }
      if (JSON_LINES.contains(ext)) {
        return SourceType.JSON_LINES;
      }
      if (ext.equals(".json")) {
        return sniffJson(source, name);
      }
      return SourceType.CSV;
    } catch (IOException e) {
      DataFormatException error = new DataFormatException(name, 0, null,
          "the file could not be read (" + e.getMessage() + ").");
      error.initCause(e);
      throw error;
    }
  }

  private static SourceType sniffZip(Path source, String name, String ext, DatasetKind kind) {
    List<String> entries = ZipContents.names(source);
    if (ZipContents.isWorkbook(entries)) {
      return SourceType.XLSX;
    }
    if (EXCEL.contains(ext)) {
      throw new DataFormatException(name, 0, null,
          "this is not a valid Excel workbook; open it in Excel and save it again as .xlsx.");
    }
    String document = ZipContents.describeDocument(entries);
    if (document != null) {
      throw NotADataFile.because(name, document);
    }
    if (!ext.equals(".zip") && kind == DatasetKind.TABULAR) {
      throw NotADataFile.because(name, "a zip archive");
    }
    return SourceType.ZIP;
  }

  /** A .json file is read as JSON Lines when it starts with an object. */
  private static SourceType sniffJson(Path source, String name) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
      int c;
      do {
        c = reader.read();
      } while (c == '\uFEFF' || (c >= 0 && Character.isWhitespace(c)));
      if (c == '{') {
        return SourceType.JSON_LINES;
      }
      if (c < 0) {
        throw new DataFormatException(name, 0, null, "the file is empty.");
      }
    } catch (java.nio.charset.CharacterCodingException e) {
      // Falls through to the plain error below.
    }
    throw new DataFormatException(name, 0, null, "this JSON file is not JSON Lines (one object "
        + "such as {\"age\": 42} per line); export it as JSON Lines or CSV.");
  }
}
