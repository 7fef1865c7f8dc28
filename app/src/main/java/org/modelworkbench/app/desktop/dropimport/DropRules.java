package org.modelworkbench.app.desktop.dropimport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which dropped files the window imports: delimited text (.csv, .tsv, .txt, .csv.gz), Excel
 * (.xlsx, .xlsm), JSON Lines (.jsonl, .ndjson, .json), zip archives, and folders (one sub-folder
 * per class of images or text files) that exist and are not empty. Anything else is refused with
 * one plain sentence, and the other files of the same drop still import.
 */
public final class DropRules {
  /**
   * Every kind of data the import reads, in the words the window uses wherever it invites data
   * (what {@code DatasetReaders} accepts: there is no Parquet reader).
   */
  public static final String ACCEPTED_DATA = "CSV or TSV text, Excel (.xlsx), JSON Lines, a zip of these, "
      + "or a folder with one sub-folder per class of pictures or of .txt texts";
  private static final List<String> EXTENSIONS = List.of(".csv", ".tsv", ".txt", ".csv.gz", ".xlsx", ".xlsm",
      ".jsonl", ".ndjson", ".json", ".zip");
  private static final List<String> MODEL_EXTENSIONS = List.of(".pt", ".pth", ".params", ".onnx", ".safetensors");
  /** Files that mark a folder as a text model (Hugging Face, ONNX or TorchScript encoder with its tokenizer). */
  private static final List<String> TEXT_MODEL_FILES = List.of("config.json", "model.safetensors", "tokenizer.json",
      "pytorch_model.bin", "model.onnx", "onnx/model.onnx");

  /** Whether the file's name has an extension the import reads. */
  public boolean hasDataExtension(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }

  /**
   * Whether a dropped file or folder is a model for the model library rather than data: a
   * TorchScript {@code .pt}/{@code .pth}, DJL {@code .params}, an ONNX or safetensors file, a
   * folder holding a TensorFlow {@code saved_model.pb}, or a text model folder (its
   * {@code config.json}, weights or {@code tokenizer.json}); the import says what is missing.
   */
  public boolean isModel(Path file) {
    if (Files.isDirectory(file)) {
      return Files.isRegularFile(file.resolve("saved_model.pb"))
          || TEXT_MODEL_FILES.stream().anyMatch(f -> Files.isRegularFile(file.resolve(f)));
    }
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    return MODEL_EXTENSIONS.stream().anyMatch(name::endsWith) || name.equals("pytorch_model.bin");
  }

  /** Whether a drag carries at least one file, so the window should offer to take it. */
  public boolean offersFiles(List<Path> files) {
    return files != null && !files.isEmpty();
  }

  /** Sorts dropped files into the ones to import and the refused ones with their reasons. */
  public DropDecision decide(List<Path> files) {
    List<Path> accepted = new ArrayList<>();
    List<RefusedFile> refused = new ArrayList<>();
    for (Path file : files) {
      String reason = refusal(file);
      if (reason == null) {
        accepted.add(file);
      } else {
        refused.add(new RefusedFile(file, reason));
      }
    }
    return new DropDecision(accepted, refused);
  }

  /** Why a file is refused, or null when it is accepted. */
  public String refusal(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    if (Files.isDirectory(file)) {
      return null;
    }
    if (!Files.exists(file)) {
      return name + " no longer exists. Check where the file went and drop it again.";
    }
    if (!hasDataExtension(file) && !isModel(file)) {
      return name + " is not a data file Model Workbench can read. Give it " + ACCEPTED_DATA + ".";
    }
    try {
      if (Files.size(file) == 0) {
        return name + " is empty. Export the data again and drop the new file.";
      }
    } catch (java.io.IOException e) {
      return name + " cannot be read (" + e.getMessage() + "). Check that you may open it.";
    }
    return null;
  }
}
