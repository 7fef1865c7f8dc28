package org.modelworkbench.data.formats;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataFormatException;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.ProgressListener;

/**
 * Reads a folder of UTF-8 {@code .txt} documents with one sub-folder per class into a table with
 * columns {@code text}, {@code label} and {@code file} (the path relative to the folder, since the
 * text itself is in the table). Empty files, files that are not UTF-8 and other files are named in
 * the problems and left out.
 */
final class TextFolderSource {
  /** The table's columns. */
  static final List<ColumnSchema> COLUMNS = List.of(
      new ColumnSchema("text", ColumnType.TEXT),
      new ColumnSchema("label", ColumnType.CATEGORICAL),
      new ColumnSchema("file", ColumnType.CATEGORICAL));

  private TextFolderSource() {}

  /**
   * Reads the documents.
   *
   * @throws DataFormatException when no class folder holds a usable text file
   */
  static DatasetRead read(ClassFolderScan scan, ProgressListener progress, CancellationToken cancel)
      throws IOException {
    String name = Folders.nameOf(scan.root());
    String message = "Reading texts in " + name;
    List<Object[]> rows = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Map<String, String> hashes = new LinkedHashMap<>();
    TreeSet<String> classes = new TreeSet<>();
    int done = 0;
    for (ClassFolderScan.ClassFile file : scan.files()) {
      cancel.throwIfCancelled();
      progress.progress((double) done++ / scan.files().size(), message);
      String shown = scan.shown(file.relativePath());
      if (!file.extension().equals(ClassFolderScan.TEXT_EXTENSION)) {
        hashes.put(file.relativePath(), Sha256.ofFile(file.path()));
        problems.add(shown + ": not a .txt file; left out.");
        continue;
      }
      byte[] bytes = Files.readAllBytes(file.path());
      hashes.put(file.relativePath(), Sha256.of(bytes));
      String text = decode(bytes);
      if (text == null) {
        problems.add(shown + ": not UTF-8 text; save it as UTF-8 to include it. Left out.");
      } else if (text.isBlank()) {
        problems.add(shown + ": the file is empty; left out.");
      } else {
        rows.add(new Object[] {text, file.className(), file.relativePath()});
        classes.add(file.className());
      }
    }
    for (String loose : scan.loose()) {
      hashes.put(loose, Sha256.ofFile(scan.root().resolve(loose)));
      problems.add(scan.shown(loose) + ": not inside a class sub-folder; left out.");
    }
    if (rows.isEmpty()) {
      throw new DataFormatException(name, 0, null,
          "no text files found; expected one sub-folder per class with UTF-8 .txt files.");
    }
    progress.progress(1.0, message);
    return new DatasetRead(DatasetKind.TEXT, DataTable.fromRows(COLUMNS, rows), List.of(), problems,
        Sha256.ofFolder(hashes), "Folder of texts, " + rows.size() + " documents in " + classes.size()
            + " classes", null, List.of(), StandardCharsets.UTF_8.name());
  }

  /** The text of UTF-8 bytes without a byte order mark, or null when they are not UTF-8. */
  private static String decode(byte[] bytes) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
