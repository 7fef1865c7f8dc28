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
 * <p>An imported Hugging Face, ONNX, DistilBERT, RoBERTa or XLM-R model is stored as a Hugging
 * Face BERT folder ({@code config.json}, {@code model.safetensors} under BERT names,
 * {@code tokenizer.json}), so {@code TextEncoder.load(folder, ...)} reads every one of them when
 * {@link #trainable()}; a TorchScript encoder keeps its {@code model.pt} and is not trainable.
 *
 * @param name the name the analyst gives with {@code --base}
 * @param builtIn the built-in encoder, or null for an imported one
 * @param folder the imported model's folder, or null for a built-in one
 * @param format {@code builtin}, {@code huggingface}, {@code onnx} or {@code torchscript}
 * @param pooling the pooling the encoder was trained with
 * @param maxTokens the longest input it takes
 * @param labels the classes of its own classification head, empty when it has none
 * @param modelId the project model's id, or null for a built-in one
 * @param facts family, sizes, language, licence and source, for lists
 */
public record TextEncoderSource(String name, BuiltInEncoder builtIn, Path folder, String format,
    Pooling pooling, int maxTokens, List<String> labels, Long modelId, TextModelFacts facts) {
  /** Requires exactly one of a built-in encoder and a folder. */
  public TextEncoderSource {
    Objects.requireNonNull(name, "name");
    if ((builtIn == null) == (folder == null)) {
      throw new IllegalArgumentException("exactly one of builtIn and folder");
    }
    labels = labels == null ? List.of() : List.copyOf(labels);
    if (facts == null) {
      facts = builtIn != null ? TextModelFacts.of(builtIn)
          : new TextModelFacts(format, "bert", 0, 0, 0, 0, maxTokens, pooling, null, labels, 0, 0,
              null, folder.toString(), true, null);
    }
  }

  /** A source without recorded facts (they are made from what is given). */
  public TextEncoderSource(String name, BuiltInEncoder builtIn, Path folder, String format,
      Pooling pooling, int maxTokens, List<String> labels, Long modelId) {
    this(name, builtIn, folder, format, pooling, maxTokens, labels, modelId, null);
  }

  /** A built-in encoder, by its id. */
  public static TextEncoderSource of(BuiltInEncoder encoder) {
    return new TextEncoderSource(encoder.id(), encoder, null, "builtin", encoder.pooling(),
        encoder.maxTokens(), List.of(), null, TextModelFacts.of(encoder));
  }

  /** An imported text model, from the facts recorded in its folder. */
  static TextEncoderSource imported(String name, Path folder, long modelId, TextModelFacts facts) {
    return new TextEncoderSource(name, null, folder, facts.format(), facts.pooling(),
        facts.maxTokens(), facts.labels(), modelId, facts);
  }

  /** Whether the encoder carries its own classification head (it can be evaluated as it is). */
  public boolean hasHead() {
    return !labels.isEmpty();
  }

  /** Whether it is the encoder text routes use when none is named. */
  public boolean isDefault() {
    return builtIn == org.modelworkbench.ml.text.BuiltInEncoders.defaultEncoder();
  }

  /** The model's own name ("all-MiniLM-L6-v2"), or the library name of an imported one. */
  public String displayName() {
    return builtIn != null ? builtIn.displayName() : name;
  }

  /** Whether it ships with the application (never deleted, never downloaded). */
  public boolean isBuiltIn() {
    return builtIn != null;
  }

  /**
   * Whether its weights rebuild as a trainable BERT encoder (full fine-tuning and a frozen head
   * through {@code TextEncoder}); false for a TorchScript encoder.
   */
  public boolean trainable() {
    return facts.trainable();
  }

  /** One line on what it is: "BERT-family encoder, 6 layers, 384 wide, max 512 tokens, English". */
  public String description() {
    return facts.description();
  }
}
