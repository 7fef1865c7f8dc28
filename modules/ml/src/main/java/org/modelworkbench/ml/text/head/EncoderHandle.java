package org.modelworkbench.ml.text.head;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An encoder that is loaded only when a text really has to be encoded: when every text is in the
 * cache, its weights are never read. Its identity line is computed once.
 */
final class EncoderHandle implements AutoCloseable {
  private final EncoderReference reference;
  private String identity;
  private EncoderRuntime runtime;

  EncoderHandle(EncoderReference reference) {
    this.reference = reference;
  }

  EncoderReference reference() {
    return reference;
  }

  synchronized String identity() {
    if (identity == null) {
      try {
        identity = reference.identity();
      } catch (IOException e) {
        throw new UncheckedIOException("The encoder " + reference.displayName() + " could not be read: "
            + e.getMessage(), e);
      }
    }
    return identity;
  }

  /** The loaded encoder, loading it on first use. */
  synchronized EncoderRuntime runtime() {
    if (runtime == null) {
      try {
        runtime = EncoderRuntimes.open(reference);
      } catch (IOException e) {
        throw new UncheckedIOException("The encoder " + reference.displayName() + " could not be loaded: "
            + e.getMessage(), e);
      }
    }
    return runtime;
  }

  /** Whether the encoder has been loaded (for tests of the cache). */
  synchronized boolean loaded() {
    return runtime != null;
  }

  @Override
  public synchronized void close() {
    if (runtime != null) {
      runtime.close();
      runtime = null;
    }
  }
}
