package org.modelworkbench.ml.text.head;

import ai.djl.ndarray.NDManager;
import java.util.List;
import org.modelworkbench.ml.engine.EngineSetup;
import org.modelworkbench.ml.text.EmbeddingSink;
import org.modelworkbench.ml.text.TextEmbedder;
import org.modelworkbench.ml.text.TextEncoder;

/** The rebuilt encoder on the PyTorch engine ({@link TextEmbedder}), its weights in a manager of its own. */
final class PyTorchEncoderRuntime implements EncoderRuntime {
  private final NDManager manager;
  private final TextEncoder encoder;
  private final TextEmbedder embedder;

  private PyTorchEncoderRuntime(NDManager manager, TextEncoder encoder) {
    this.manager = manager;
    this.encoder = encoder;
    this.embedder = new TextEmbedder(encoder, TextEmbedder.DEFAULT_BATCH);
  }

  static PyTorchEncoderRuntime open(EncoderReference reference) throws java.io.IOException {
    NDManager manager = EngineSetup.engine().newBaseManager();
    try {
      TextEncoder encoder = reference.builtIn().isPresent()
          ? TextEncoder.load(reference.builtIn().get(), reference.maxTokens(), manager)
          : TextEncoder.load(reference.folder(), reference.pooling(), reference.maxTokens(), manager);
      return new PyTorchEncoderRuntime(manager, encoder);
    } catch (java.io.IOException | RuntimeException e) {
      manager.close();
      throw e;
    }
  }

  @Override
  public int width() {
    return encoder.width();
  }

  @Override
  public void embed(List<String> texts, EmbeddingSink sink) {
    embedder.embed(texts, sink);
  }

  @Override
  public void close() {
    encoder.close();
    manager.close();
  }
}
