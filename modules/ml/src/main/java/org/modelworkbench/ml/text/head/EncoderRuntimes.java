package org.modelworkbench.ml.text.head;

import java.io.IOException;

/** Chooses how a frozen encoder is run. */
final class EncoderRuntimes {
  private EncoderRuntimes() {}

  static EncoderRuntime open(EncoderReference reference) throws IOException {
    return PyTorchEncoderRuntime.open(reference);
  }
}
