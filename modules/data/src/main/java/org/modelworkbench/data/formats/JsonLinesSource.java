package org.modelworkbench.data.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataFormatException;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.RejectedRow;

/**
 * Reads JSON Lines ({@code .jsonl}, {@code .ndjson}): one JSON object per line, in UTF-8. The
 * columns are the union of the objects' keys in the order they first appear; a key missing from a
 * line is a missing value there. Strings, numbers and booleans keep their type; nested objects and
 * arrays are kept as their JSON text. Blank lines are skipped.
 */
final class JsonLinesSource {
  private static final int RAW_TEXT_LIMIT = 200;
  private static final int PROGRESS_LINES = 4096;
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private JsonLinesSource() {}

  /**
   * Reads the file.
   *
   * @throws DataFormatException when the file is not UTF-8, holds no objects, or has a bad line
   *     while bad rows are not skipped; the message names the line
   */
  static DatasetRead read(Path file, boolean skipBadRows, ProgressListener progress,
      CancellationToken cancel) {
    String name = Folders.nameOf(file);
    String message = "Reading " + name;
    progress.progress(0.0, message);
    MessageDigest digest = Sha256.digest();
    Map<String, TypedColumn> columns = new LinkedHashMap<>();
    List<RejectedRow> rejected = new ArrayList<>();
    int rows = 0;
    long lineNumber = 0;
    try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), digest);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8
            .newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      String line;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        String problem = addLine(line, columns, rows);
        if (problem == null) {
          rows++;
        } else if (skipBadRows) {
          rejected.add(new RejectedRow(lineNumber, problem, shorten(line)));
        } else {
          throw new DataFormatException(name, lineNumber, null,
              problem + "; fix that line, or import with bad rows skipped.");
        }
        if (lineNumber % PROGRESS_LINES == 0) {
          cancel.throwIfCancelled();
          progress.progress(-1, message + ": " + rows + " rows");
        }
      }
    } catch (CharacterCodingException e) {
      throw withCause(new DataFormatException(name, lineNumber + 1, null,
          "the file is not valid UTF-8 text; save it as UTF-8 and import it again."), e);
    } catch (IOException e) {
      throw withCause(new DataFormatException(name, 0, null,
          "the file could not be read (" + e.getMessage() + ")."), e);
    }
    cancel.throwIfCancelled();
    requireRows(name, rows, rejected);
    for (TypedColumn column : columns.values()) {
      column.padTo(rows);
    }
    progress.progress(1.0, message);
    return new DatasetRead(DatasetKind.TABULAR, TableBuilder.build(new ArrayList<>(columns.values())),
        rejected, List.of(), HexFormat.of().formatHex(digest.digest()),
        "JSON Lines, " + columns.size() + " keys", null, List.of(), StandardCharsets.UTF_8.name());
  }

  /** Adds one line's values as row {@code row}; returns why the line is bad, or null. */
  private static String addLine(String line, Map<String, TypedColumn> columns, int row) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      String detail = e.getOriginalMessage();
      int lineBreak = detail.indexOf('\n');
      return "this line is not valid JSON ("
          + (lineBreak < 0 ? detail : detail.substring(0, lineBreak)).trim() + ")";
    }
    if (node == null || !node.isObject()) {
      return "this line is a JSON " + (node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT))
          + ", not an object such as {\"name\": \"value\"}";
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      TypedColumn column = columns.computeIfAbsent(field.getKey(), k -> new TypedColumn(k, false));
      column.padTo(row);
      column.add(valueOf(field.getValue()));
    }
    return null;
  }

  private static Object valueOf(JsonNode v) {
    if (v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isNumber()) {
      return TypedColumn.number(v.decimalValue());
    }
    if (v.isTextual()) {
      return v.textValue();
    }
    return v.toString();
  }

  private static void requireRows(String name, int rows, List<RejectedRow> rejected) {
    if (rows > 0) {
      return;
    }
    if (rejected.isEmpty()) {
      throw new DataFormatException(name, 0, null, "the file is empty.");
    }
    RejectedRow first = rejected.get(0);
    throw new DataFormatException(name, 0, null, "none of the " + rejected.size()
        + " lines could be read; the first problem is on line " + first.line() + ": "
        + first.reason() + ".");
  }

  private static String shorten(String line) {
    return line.length() <= RAW_TEXT_LIMIT ? line : line.substring(0, RAW_TEXT_LIMIT);
  }

  private static DataFormatException withCause(DataFormatException e, Throwable cause) {
    e.initCause(cause);
    return e;
  }
}
