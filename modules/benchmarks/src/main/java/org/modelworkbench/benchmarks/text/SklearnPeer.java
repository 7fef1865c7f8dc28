package org.modelworkbench.benchmarks.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs the scikit-learn peer ({@code sklearn_text_peer.py}) in Debian's /usr/bin/python3 on the
 * same split, written as JSON Lines into the work folder.
 */
final class SklearnPeer {
  static final String PYTHON = "/usr/bin/python3";
  private static final ObjectMapper JSON = new ObjectMapper();

  private SklearnPeer() {}

  /** Whether /usr/bin/python3 has scikit-learn; prints how to get it when not. */
  static boolean available() throws IOException, InterruptedException {
    if (!Files.isExecutable(Path.of(PYTHON))) {
      System.out.println("No " + PYTHON + ": apt-get install -y python3-sklearn");
      return false;
    }
    Process p = new ProcessBuilder(PYTHON, "-c", "import sklearn").redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    if (p.waitFor() != 0) {
      System.out.println("scikit-learn is missing for " + PYTHON + ": apt-get install -y python3-sklearn");
      return false;
    }
    return true;
  }

  /** Writes the split for the peer: {@code train.jsonl} and {@code test.jsonl}. */
  static void writeSplit(TextSplit split, Path folder) throws IOException {
    Files.createDirectories(folder);
    write(split.train(), folder.resolve("train.jsonl"));
    write(split.test(), folder.resolve("test.jsonl"));
  }

  private static void write(LabelledTexts part, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < part.size(); i++) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("text", part.texts().get(i));
        row.put("label", part.labels().get(i));
        out.write(JSON.writeValueAsString(row));
        out.write('\n');
      }
    }
  }

  /**
   * Runs one variant of the peer on the split in {@code folder}.
   *
   * @param variant {@code default} or {@code matched}
   * @param c the C for the matched variant
   * @return its test figures
   */
  static TestScores run(Path folder, String variant, double c) throws IOException, InterruptedException {
    Path script = folder.resolve("sklearn_text_peer.py");
    try (InputStream in = SklearnPeer.class.getResourceAsStream("sklearn_text_peer.py")) {
      Files.write(script, in.readAllBytes());
    }
    Process p = new ProcessBuilder(PYTHON, script.toString(), folder.toString(), variant, Double.toString(c))
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (p.waitFor() != 0) {
      throw new IOException("The scikit-learn peer failed: " + out);
    }
    JsonNode r = JSON.readTree(out.substring(out.lastIndexOf('\n') + 1));
    return new TestScores(r.get("accuracy").asDouble(), r.get("macro_f1").asDouble(), r.get("log_loss").asDouble(),
        r.get("fit_seconds").asDouble(), r.get("predict_seconds").asDouble());
  }
}
