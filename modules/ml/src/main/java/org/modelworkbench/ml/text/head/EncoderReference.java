package org.modelworkbench.ml.text.head;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.modelworkbench.ml.text.BuiltInEncoder;
import org.modelworkbench.ml.text.BuiltInEncoders;
import org.modelworkbench.ml.text.bert.HuggingFaceBertFolder;
import org.modelworkbench.ml.text.bert.Pooling;
import org.modelworkbench.model.WorkbenchException;

/**
 * Which frozen encoder makes the text vectors, and how: a built-in encoder by id or a Hugging
 * Face BERT folder, its pooling and the tokens kept per text.
 *
 * @param builtInId the built-in encoder's id ({@link BuiltInEncoders}), or null for a folder
 * @param folder the Hugging Face folder, or null for a built-in
 * @param pooling how token vectors become one vector
 * @param maxTokens tokens kept per text (the tokenizer truncates, at most the model's limit)
 */
public record EncoderReference(String builtInId, Path folder, Pooling pooling, int maxTokens) {
  /** Tokens kept per text unless asked otherwise, as for fine-tuning. */
  public static final int DEFAULT_MAX_TOKENS = 128;
  /**
   * Changes when the vectors our encoder computes for the same weights change (a fix in the
   * rebuilt encoder, say), so cached vectors of the old code are not reused.
   */
  static final int VECTORS_VERSION = 1;

  /**
   * Checks the reference.
   *
   * @throws WorkbenchException when it names neither or both, or an unknown built-in
   */
  public EncoderReference {
    Objects.requireNonNull(pooling, "pooling");
    if ((builtInId == null) == (folder == null)) {
      throw new IllegalArgumentException("name either a built-in encoder or a folder");
    }
    if (builtInId != null && BuiltInEncoders.byId(builtInId).isEmpty()) {
      throw new WorkbenchException("There is no built-in text encoder '" + builtInId + "'; the built-ins are "
          + BuiltInEncoders.all().stream().map(BuiltInEncoder::id).toList() + ".");
    }
    if (maxTokens < 1) {
      throw new WorkbenchException("The maximum tokens per text must be 1 or more: got " + maxTokens + ".");
    }
  }

  /** A built-in encoder with the pooling it was trained with and {@value #DEFAULT_MAX_TOKENS} tokens. */
  public static EncoderReference builtIn(BuiltInEncoder encoder) {
    return new EncoderReference(encoder.id(), null, encoder.pooling(), DEFAULT_MAX_TOKENS);
  }

  /**
   * A Hugging Face BERT folder with the pooling it declares and {@value #DEFAULT_MAX_TOKENS} tokens.
   *
   * @throws IOException when its config cannot be read
   */
  public static EncoderReference folder(Path folder) throws IOException {
    return new EncoderReference(null, folder.toAbsolutePath().normalize(),
        HuggingFaceBertFolder.pooling(folder), DEFAULT_MAX_TOKENS);
  }

  /** The default: {@link BuiltInEncoders#defaultEncoder()}. */
  public static EncoderReference defaultEncoder() {
    return builtIn(BuiltInEncoders.defaultEncoder());
  }

  /** This reference with another pooling. */
  public EncoderReference withPooling(Pooling other) {
    return new EncoderReference(builtInId, folder, other, maxTokens);
  }

  /** This reference with another token limit. */
  public EncoderReference withMaxTokens(int other) {
    return new EncoderReference(builtInId, folder, pooling, other);
  }

  /** The built-in encoder, if it is one. */
  public Optional<BuiltInEncoder> builtIn() {
    return builtInId == null ? Optional.empty() : BuiltInEncoders.byId(builtInId);
  }

  /** The model's name, for messages and progress. */
  public String displayName() {
    return builtIn().map(BuiltInEncoder::displayName).orElseGet(() -> folder.getFileName().toString());
  }

  /**
   * What makes the vectors what they are, as one line: the weights' identity (a built-in's Maven
   * coordinates; a folder's config and weights content hashes), the pooling, the token limit and
   * {@link #VECTORS_VERSION}. Equal lines mean equal vectors for equal texts, so the embedding
   * cache is keyed by it. For a folder this reads its weights once (about 0.5 s per 100 MB).
   *
   * @return the identity line
   * @throws IOException when the folder's files cannot be read
   */
  public String identity() throws IOException {
    String weights;
    if (builtInId != null) {
      BuiltInEncoder e = builtIn().orElseThrow();
      weights = "builtin " + e.coordinates() + " " + e.weightsResource();
    } else {
      weights = "huggingface config " + sha256(folder.resolve(HuggingFaceBertFolder.CONFIG))
          + " weights " + sha256(folder.resolve(HuggingFaceBertFolder.WEIGHTS))
          + " tokenizer " + sha256(folder.resolve(HuggingFaceBertFolder.TOKENIZER));
    }
    return weights + " pooling " + pooling + " maxTokens " + maxTokens + " vectors v" + VECTORS_VERSION;
  }

  private static String sha256(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return "missing";
    }
    MessageDigest digest = sha256();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
