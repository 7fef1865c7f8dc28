package org.modelworkbench.benchmarks.text;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV the fine-tuning benchmark hands to the command line and reads back from {@code predict}:
 * RFC 4180 quoting (every field quoted when written; quoted fields with commas, doubled quotes
 * and line breaks when read). Kept here because the data module's reader is internal to it.
 */
final class SimpleCsv {
  private SimpleCsv() {}

  /** Writes a header and rows, every field quoted, UTF-8, LF line ends. */
  static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      line(out, header);
      for (List<String> row : rows) {
        line(out, row);
      }
    }
  }

  private static void line(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      out.write(i == 0 ? "\"" : ",\"");
      out.write(fields.get(i).replace("\"", "\"\""));
      out.write('"');
    }
    out.write('\n');
  }

  /** Reads every record, the header first. */
  static List<List<String>> read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        any = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || field.length() > 0) {
          record.add(field.toString());
          records.add(record);
        }
        record = new ArrayList<>();
        field.setLength(0);
        any = false;
      } else {
        field.append(c);
        any = true;
      }
    }
    if (any || field.length() > 0) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }
}
