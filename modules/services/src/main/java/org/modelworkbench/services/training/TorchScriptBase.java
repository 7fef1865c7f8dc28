package org.modelworkbench.services.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.modelworkbench.ml.image.ImageShape;
import org.modelworkbench.model.ImageNormalization;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.store.ProjectDatabase;

/**
 * The TorchScript base an image run fine-tunes: its file, its project id (null for a plain file),
 * how it expects pixels after scaling to 0…1 (the fine-tuned model keeps the same), and the image
 * input recorded at import (null when none was).
 */
record TorchScriptBase(Path file, Long id, ImageNormalization normalization, ImageShape inputShape) {
  /**
   * The base of the settings: a project model (its file, or the single {@code .pt}/{@code .pth} in
   * its folder, with the pixel normalisation recorded for it), else a path to a TorchScript file
   * (pixels scaled to 0…1); null when the settings name none.
   *
   * @throws WorkbenchException when it is neither
   */
  static TorchScriptBase of(ProjectDatabase database, TrainingSettings settings) {
    String name = settings.baseModel();
    if (name == null || name.isBlank()) {
      return null;
    }
    var known = database.models().findByName(name);
    if (known.isPresent()) {
      ModelInfo model = known.get();
      Path path = database.artifacts().resolve(model.path());
      ModelSignature signature = database.models().signature(model.id());
      return new TorchScriptBase(Files.isDirectory(path) ? torchScriptIn(path, name) : path, model.id(),
          signature.normalization(), recordedImageInput(signature));
    }
    Path file = Path.of(name);
    if (Files.isRegularFile(file)) {
      return new TorchScriptBase(file.toAbsolutePath(), null, ImageNormalization.NONE, null);
    }
    throw new WorkbenchException("There is no model named '" + name + "' in this project, and no such file.");
  }

  /** The image input recorded for a model at import (channels, height, width), or null. */
  private static ImageShape recordedImageInput(ModelSignature signature) {
    List<Long> input = signature.inputShape();
    if (!ModelSignature.IMAGE.equals(signature.inputKind()) || input.size() != 3
        || input.stream().anyMatch(v -> v == null || v <= 0)) {
      return null;
    }
    return new ImageShape(Math.toIntExact(input.get(0)), Math.toIntExact(input.get(1)),
        Math.toIntExact(input.get(2)));
  }

  private static Path torchScriptIn(Path dir, String name) {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> found = files.filter(p -> {
        String f = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return f.endsWith(".pt") || f.endsWith(".pth");
      }).toList();
      if (found.size() != 1) {
        throw new WorkbenchException("The model '" + name + "' is not a single TorchScript file, so it cannot be"
            + " fine-tuned on images.");
      }
      return found.get(0);
    } catch (IOException e) {
      throw new WorkbenchException("The files of model '" + name + "' cannot be read: " + e.getMessage(), e);
    }
  }
}
