package org.modelworkbench.services.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.store.ProjectDatabase;

/**
 * Imports a text model folder ({@link TextModelFolder}) into the library: checks it, writes the
 * project's copy into {@code artifacts/models/<sha256>/} with its facts ({@link TextModelFacts}),
 * and adds a model of kind {@value TextEncoderLibrary#KIND}. A refusal leaves nothing behind.
 */
final class TextModelImports {
  private final ProjectDatabase database;

  TextModelImports(ProjectDatabase database) {
    this.database = database;
  }

  ModelImportOutcome importModel(Path path, ModelImportRequest request) {
    String name = ModelImports.modelName(path, request.name());
    if (TextEncoderLibrary.isBuiltInName(name)) {
      throw new WorkbenchException("'" + name + "' is the name of a built-in text encoder; import with another "
          + "name (--name).");
    }
    database.models().findByName(name).ifPresent(m -> {
      throw new WorkbenchException("A model named '" + name + "' already exists in this project; "
          + "import with another name (--name).");
    });
    if (request.normalization() != null && !request.normalization().isBlank()
        && !request.normalization().equalsIgnoreCase("none")) {
      throw new WorkbenchException("--normalize is for models that take images, but " + path.getFileName()
          + " is a text model; import it without --normalize.");
    }
    if (request.inputShape() != null) {
      throw new WorkbenchException("--input-shape is for models that take images or table rows, but "
          + path.getFileName() + " is a text model; import it without --input-shape.");
    }
    TextModelFolder model = TextModelFolder.inspect(path);
    List<String> labels = labels(model.facts(), request);
    Path modelsDir = database.artifacts().modelsDirectory();
    Path temp = modelsDir.resolve(".import-text-" + System.nanoTime());
    Path folder = null;
    try {
      model.stage(temp);
      String sha = ContentHash.of(temp);
      ModelImports.refuseDuplicate(database, sha);
      TextModelFacts f = model.factsFrom(path.toAbsolutePath().normalize().toString());
      TextModelFacts facts = new TextModelFacts(f.format(), f.family(), f.layers(), f.width(), f.heads(),
          f.vocabulary(), f.maxTokens(), f.pooling(), f.language(), labels, f.parameters(), f.bytes(), f.licence(),
          f.source(), f.trainable(), f.note());
      facts.write(temp);
      if (!labels.isEmpty()) {
        LabelsFile.write(temp.resolve(LabelsFile.NAME), labels);
      }
      folder = modelsDir.resolve(sha);
      TreeCopy.deleteQuietly(folder);
      Files.move(temp, folder);
      ModelSignature signature = new ModelSignature(ModelSignature.TEXT, List.of((long) facts.maxTokens()),
          List.of((long) (labels.isEmpty() ? facts.width() : labels.size())), labels, List.of(),
          path.toAbsolutePath().normalize().toString(), sha, null, facts.description());
      ModelInfo stored = database.models().insert(name, TextEncoderLibrary.KIND, "PyTorch",
          database.artifacts().relativize(folder), Task.CLASSIFICATION, null, null, null, signature);
      folder = null;
      return new ModelImportOutcome(stored, signature);
    } catch (IOException e) {
      throw new WorkbenchException("Could not copy the model into the project (" + e.getMessage() + ").", e);
    } finally {
      TreeCopy.deleteQuietly(temp);
      if (folder != null) {
        // Refused or failed after the move: the folder must not outlive the missing row.
        TreeCopy.deleteQuietly(folder);
      }
    }
  }

  /** The head's labels, or those of a labels file given for a head of the same size. */
  private static List<String> labels(TextModelFacts facts, ModelImportRequest request) {
    if (request.labelsFile() == null) {
      return facts.labels();
    }
    List<String> given = LabelsFile.read(request.labelsFile());
    if (!facts.hasHead()) {
      throw new WorkbenchException("The text model has no classification head (no id2label and classifier "
          + "weights), so a labels file does not apply; import it without --labels.");
    }
    if (given.size() != facts.labels().size()) {
      throw new WorkbenchException("The labels file has " + given.size() + " names but the model's head gives "
          + facts.labels().size() + " outputs; give one name per output, in order.");
    }
    return given;
  }
}
