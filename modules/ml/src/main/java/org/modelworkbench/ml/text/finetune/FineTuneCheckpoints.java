package org.modelworkbench.ml.text.finetune;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.modelworkbench.ml.text.weights.SafetensorsReader;
import org.modelworkbench.ml.text.weights.SafetensorsWriter;
import org.modelworkbench.ml.text.weights.WeightTensor;
import org.modelworkbench.ml.training.AtomicFiles;

/**
 * The checkpoint folder of a fine-tuning run:
 * <ul>
 *   <li>{@code step-N/}: the newest checkpoint, after optimiser step N, written after every epoch
 *       and every {@link FineTuneOptions#checkpointSteps()} steps: a classifier folder (the model
 *       weights), {@value #OPTIMIZER} (AdamW's moments) and {@value #PROGRESS}, written last;
 *   <li>{@value #BEST}: the classifier folder of the epoch with the lowest validation loss.
 * </ul>
 * Each folder is written through a temporary sibling ({@link AtomicFiles#writeFolder}), and an
 * older {@code step-N} is removed only once a newer one is complete, so an interruption at any
 * point leaves a complete checkpoint to resume from.
 */
final class FineTuneCheckpoints {
  static final String BEST = "best";
  static final String OPTIMIZER = "optimizer.safetensors";
  static final String PROGRESS = "progress.json";
  private static final String PREFIX = "step-";
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private FineTuneCheckpoints() {}

  /** The newest complete checkpoint in a run's folder, if any. */
  static Optional<Path> latest(Path checkpointDir) throws IOException {
    if (checkpointDir == null || !Files.isDirectory(checkpointDir)) {
      return Optional.empty();
    }
    try (Stream<Path> entries = Files.list(checkpointDir)) {
      return entries.filter(p -> stepOf(p) >= 0 && Files.isRegularFile(p.resolve(PROGRESS)))
          .max(Comparator.comparingInt(FineTuneCheckpoints::stepOf));
    }
  }

  /** The folder of the best epoch's classifier. */
  static Path best(Path checkpointDir) {
    return checkpointDir.resolve(BEST);
  }

  /** Writes the best epoch's classifier. */
  static void writeBest(Path checkpointDir, FineTunedTextClassifier classifier)
      throws IOException {
    AtomicFiles.writeFolder(best(checkpointDir), classifier::save);
  }

  /** Writes a checkpoint, then removes the older ones. */
  static Path write(Path checkpointDir, FineTunedTextClassifier classifier,
      GroupedAdamW optimizer, CheckpointProgress progress) throws IOException {
    Path dir = checkpointDir.resolve(PREFIX + progress.step());
    AtomicFiles.writeFolder(dir, tmp -> {
      classifier.save(tmp);
      SafetensorsWriter.write(tmp.resolve(OPTIMIZER), optimizer.stateShapes(), optimizer::state,
          Map.of("format", "workbench-adamw"));
      Files.writeString(tmp.resolve(PROGRESS), JSON.writerWithDefaultPrettyPrinter()
          .writeValueAsString(progress)); // last: marks the checkpoint complete
    });
    try (Stream<Path> entries = Files.list(checkpointDir)) {
      for (Path old : entries.filter(p -> stepOf(p) >= 0 && stepOf(p) != progress.step())
          .toList()) {
        deleteTree(old);
      }
    }
    return dir;
  }

  /** Reads a checkpoint's progress record. */
  static CheckpointProgress progress(Path checkpoint) throws IOException {
    CheckpointProgress p = JSON.readValue(Files.readString(checkpoint.resolve(PROGRESS)),
        CheckpointProgress.class);
    if (p.format() != CheckpointProgress.FORMAT) {
      throw new IOException("The checkpoint in '" + checkpoint + "' has format " + p.format()
          + ", which this version cannot resume");
    }
    return p;
  }

  /** Reads a checkpoint's optimiser moments. */
  static Map<String, WeightTensor> optimizerState(Path checkpoint) throws IOException {
    return SafetensorsReader.read(checkpoint.resolve(OPTIMIZER)).tensors();
  }

  private static int stepOf(Path p) {
    String name = p.getFileName().toString();
    if (!name.startsWith(PREFIX) || name.endsWith(".tmp")) {
      return -1;
    }
    try {
      return Integer.parseInt(name.substring(PREFIX.length()));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
