package org.modelworkbench.benchmarks.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.modelworkbench.ml.text.TextTokenizer;
import org.modelworkbench.ml.text.TokenizedText;

/**
 * Prints the token ids the workbench's {@link TextTokenizer} gives texts, so that
 * {@code run-text-export-python-check.sh} can compare them with the plain-Python tokenizer's.
 *
 * <pre>TokenIds TOKENIZER.json MAX_TOKENS TEXTS.json OUT.json</pre>
 *
 * <p>TEXTS.json is a JSON array of strings; OUT.json gets a JSON array of id arrays, in order.
 */
public final class TokenIds {
  private TokenIds() {}

  /**
   * Runs the tokenizer on the texts.
   *
   * @param args the tokenizer.json, tokens kept per text, the texts file and the output file
   * @throws Exception if a file cannot be read or written
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: TokenIds TOKENIZER.json MAX_TOKENS TEXTS.json OUT.json");
      System.exit(2);
    }
    ObjectMapper json = new ObjectMapper();
    String[] texts = json.readValue(Files.readString(Path.of(args[2])), String[].class);
    List<long[]> ids = new ArrayList<>();
    try (TextTokenizer tokenizer = TextTokenizer.fromFile(Path.of(args[0]),
        Integer.parseInt(args[1]))) {
      for (TokenizedText t : tokenizer.encode(Arrays.asList(texts))) {
        ids.add(t.ids());
      }
    }
    json.writeValue(Path.of(args[3]).toFile(), ids);
  }
}
