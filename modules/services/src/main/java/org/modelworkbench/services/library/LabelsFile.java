package org.modelworkbench.services.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.modelworkbench.model.WorkbenchException;

/** A labels file: one class name per line, in the order of the model's outputs. */
public final class LabelsFile {
  /** The name a labels file gets beside a stored or exported model. */
  public static final String NAME = "labels.txt";

  private LabelsFile() {}

  /** Reads the names, skipping blank lines. */
  static List<String> read(Path file) {
    List<String> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          out.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new WorkbenchException("The labels file " + file.getFileName() + " cannot be read ("
          + e.getMessage() + "). It should be a text file with one class name per line.", e);
    }
    if (out.isEmpty()) {
      throw new WorkbenchException("The labels file " + file.getFileName() + " is empty. Put one class name "
          + "per line, in the order of the model's outputs.");
    }
    return out;
  }

  /** Writes the names, one per line. */
  public static void write(Path file, List<String> labels) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (String label : labels) {
      sb.append(label).append('\n');
    }
    Files.writeString(file, sb, StandardCharsets.UTF_8);
  }
}
