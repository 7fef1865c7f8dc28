package org.modelworkbench.ml.tensorflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.modelworkbench.ml.training.AtomicFiles;
import org.modelworkbench.model.WorkbenchException;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.SessionFunction;

/** Exports a loaded SavedModel's current variables and all its signatures as a new SavedModel folder. */
final class SavedModelWriter {
  private SavedModelWriter() {}

  /**
   * Writes the bundle, with its current variable values, into {@code folder} (replaced if present),
   * through a temporary sibling folder: a crash mid-export never leaves a half-written SavedModel
   * under the folder's name.
   */
  static void write(SavedModelBundle bundle, Path folder) {
    try {
      AtomicFiles.writeFolder(folder, temp -> SavedModelBundle.exporter(temp.toString())
          .withTags("serve")
          .withSession(bundle.session())
          .withFunctions(bundle.functions().toArray(new SessionFunction[0]))
          .export());
    } catch (IOException | RuntimeException e) {
      throw new WorkbenchException("Could not write the SavedModel to " + folder + " (" + e.getMessage() + ").", e);
    }
  }

  /** Copies a SavedModel folder. */
  static void copy(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      delete(to);
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new WorkbenchException("Could not copy the SavedModel to " + to + " (" + e.getMessage() + ").", e);
    }
  }

  private static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
