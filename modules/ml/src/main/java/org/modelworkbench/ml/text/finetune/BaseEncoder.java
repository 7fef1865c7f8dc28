package org.modelworkbench.ml.text.finetune;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.modelworkbench.ml.text.BuiltInEncoder;
import org.modelworkbench.ml.text.bert.BertWeights;
import org.modelworkbench.ml.text.bert.HuggingFaceBertFolder;
import org.modelworkbench.ml.text.onnx.OnnxBertWeights;
import org.modelworkbench.ml.text.onnx.OnnxModelReader;

/**
 * The pretrained encoder a fine-tuning run starts from: a built-in one, or a Hugging Face BERT
 * folder ({@code config.json}, {@code model.safetensors}, {@code tokenizer.json}). The built-in
 * ONNX exports carry no pooler, so a classifier made from them starts its pooler random, as Python
 * does for a checkpoint without one; a folder's pooler (and a matching classifier) is used.
 *
 * @param builtIn the built-in encoder, or null
 * @param folder the Hugging Face folder, or null
 */
public record BaseEncoder(BuiltInEncoder builtIn, Path folder) {
  /** Checks that exactly one is given. */
  public BaseEncoder {
    if ((builtIn == null) == (folder == null)) {
      throw new IllegalArgumentException("give either a built-in encoder or a folder");
    }
  }

  /** A built-in encoder. */
  public static BaseEncoder of(BuiltInEncoder encoder) {
    return new BaseEncoder(Objects.requireNonNull(encoder), null);
  }

  /** A Hugging Face BERT folder. */
  public static BaseEncoder of(Path folder) {
    return new BaseEncoder(null, Objects.requireNonNull(folder));
  }

  /** The weights and tokenizer as read. */
  record Read(BertWeights weights, String tokenizerJson) {}

  /** Reads the weights and the tokenizer.json text. */
  Read read() throws IOException {
    if (builtIn != null) {
      BertWeights weights;
      try (InputStream in = builtIn.openWeights()) {
        weights = OnnxBertWeights.from(OnnxModelReader.read(in, builtIn.weightsResource()),
            builtIn.weightsResource());
      }
      try (InputStream in = builtIn.openTokenizer()) {
        return new Read(weights, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    BertWeights weights = HuggingFaceBertFolder.read(folder);
    Path tokenizer = folder.resolve(HuggingFaceBertFolder.TOKENIZER);
    if (!Files.isRegularFile(tokenizer)) {
      throw new IOException(folder.getFileName() + " has no " + HuggingFaceBertFolder.TOKENIZER);
    }
    return new Read(weights, Files.readString(tokenizer, StandardCharsets.UTF_8));
  }

  /** The model's name, for messages. */
  public String name() {
    return builtIn != null ? builtIn.displayName() : folder.getFileName().toString();
  }
}
