package org.modelworkbench.services.library;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.modelworkbench.ml.text.BuiltInEncoder;
import org.modelworkbench.ml.text.bert.Pooling;

/**
 * Where a text route gets its encoder: one of the built-in encoders, or a text model the user
 * imported into the project library.
 *
 * @param name the name the analyst gives with {@code --base}
 * @param builtIn the built-in encoder, or null for an imported one
 * @param folder the imported model's folder, or null for a built-in one
 * @param format {@code builtin}, {@code huggingface}, {@code onnx} or {@code torchscript}
 * @param pooling the pooling the encoder was trained with
 * @param maxTokens the longest input it takes
 * @param labels the classes of its own classification head, empty when it has none
 * @param modelId the project model's id, or null for a built-in one
 */
public record TextEncoderSource(String name, BuiltInEncoder builtIn, Path folder, String format,
    Pooling pooling, int maxTokens, List<String> labels, Long modelId) {
  /** Requires exactly one of a built-in encoder and a folder. */
  public TextEncoderSource {
    Objects.requireNonNull(name, "name");
    if ((builtIn == null) == (folder == null)) {
      throw new IllegalArgumentException("exactly one of builtIn and folder");
    }
    labels = labels == null ? List.of() : List.copyOf(labels);
  }

  /** A built-in encoder, by its id. */
  public static TextEncoderSource of(BuiltInEncoder encoder) {
    return new TextEncoderSource(encoder.id(), encoder, null, "builtin", encoder.pooling(),
        encoder.maxTokens(), List.of(), null);
  }

  /** Whether the encoder carries its own classification head (it can be evaluated as it is). */
  public boolean hasHead() {
    return !labels.isEmpty();
  }
}
