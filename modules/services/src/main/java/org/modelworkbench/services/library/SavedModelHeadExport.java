package org.modelworkbench.services.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.modelworkbench.ml.library.Shapes;
import org.modelworkbench.ml.tabular.TabularModelDescription;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.TensorSpec;

/**
 * Exports a head on a SavedModel's features. The two parts run on different engines (the frozen
 * SavedModel on TensorFlow, the head on PyTorch), so there is no single file to write: the folder
 * holds the base SavedModel in {@value #BASE}, the head as a workbench model folder in
 * {@value #HEAD}, and {@value #PIPELINE}, which says how one feeds the other.
 */
final class SavedModelHeadExport {
  /** The base SavedModel's sub-folder. */
  static final String BASE = "savedmodel";
  /** The head's sub-folder. */
  static final String HEAD = "head";
  /** The description of the two steps. */
  static final String PIPELINE = "pipeline.json";

  private final ModelLibrary library;
  private final SavedModelHeadBase head;

  SavedModelHeadExport(ModelLibrary library, SavedModelHeadBase head) {
    this.library = library;
    this.head = head;
  }

  /** Writes the folder; returns it. */
  Path write(ModelInfo model, Path folder) throws IOException {
    SavedModelHeadBase.Base base = head.base(model);
    Files.createDirectories(folder);
    TreeCopy.copy(base.folder(), folder.resolve(BASE));
    TreeCopy.copy(library.modelFolder(model), folder.resolve(HEAD));
    Files.writeString(folder.resolve(PIPELINE), pipeline(model, base), StandardCharsets.UTF_8);
    return folder;
  }

  /** What {@link #write} puts in the folder, in one sentence. */
  String contents(ModelInfo model) {
    SavedModelHeadBase.Base base = head.base(model);
    return "a folder with the SavedModel '" + base.model().name() + "' in " + BASE + "/ (its '"
        + base.signature().name() + "' signature gives the features), the PyTorch head in " + HEAD
        + "/ (a workbench model folder that takes those features as f0, f1, …), " + PIPELINE + " describing "
        + "the two steps, and labels.txt; the two parts run on different engines, so they cannot be one file";
  }

  private String pipeline(ModelInfo model, SavedModelHeadBase.Base base) {
    TabularModelDescription description = TabularModelDescription.read(library.modelFolder(model));
    TensorSpec input = SavedModelInputs.exampleInput(base.signature());
    String output = base.signature().outputs().isEmpty() ? "" : base.signature().outputs().get(0).name();
    return "{\n"
        + "  \"format\": " + text(ModelExport.SAVEDMODEL_HEAD) + ",\n"
        + "  \"model\": " + text(model.name()) + ",\n"
        + "  \"steps\": [\n"
        + "    {\"folder\": " + text(BASE) + ", \"engine\": \"TensorFlow\", \"signature\": "
        + text(base.signature().name()) + ", \"input\": " + text(input.name()) + ", \"inputShape\": "
        + text(Shapes.text(input.shape())) + ", \"output\": " + text(output) + "},\n"
        + "    {\"folder\": " + text(HEAD) + ", \"engine\": \"PyTorch\", \"format\": \"djl\", \"inputs\": "
        + texts(description.featureColumns()) + ", \"note\": "
        + text("input fi is the SavedModel output's i-th value") + "}\n"
        + "  ],\n"
        + "  \"labels\": " + text(LabelsFile.NAME) + "\n"
        + "}\n";
  }

  private static String texts(List<String> values) {
    return "[" + String.join(", ", values.stream().map(SavedModelHeadExport::text).toList()) + "]";
  }

  /** A JSON string. */
  private static String text(String value) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
