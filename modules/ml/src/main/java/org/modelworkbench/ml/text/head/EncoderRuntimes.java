package org.modelworkbench.ml.text.head;

import ai.djl.pytorch.jni.JniUtils;
import java.io.IOException;
import org.modelworkbench.ml.engine.EngineSetup;
import org.modelworkbench.ml.text.BuiltInEncoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses how a frozen encoder runs (decision 0012): a built-in's own ONNX file in ONNX Runtime,
 * about twice as fast as the rebuilt PyTorch encoder with vectors equal within 1e-5; a Hugging
 * Face folder (safetensors, no ONNX graph) on PyTorch. If ONNX Runtime cannot start (its native
 * library missing on this system), the built-in runs on PyTorch instead, with a warning.
 */
final class EncoderRuntimes {
  private static final Logger LOG = LoggerFactory.getLogger(EncoderRuntimes.class);
  /** Set to {@code pytorch} to run built-ins on PyTorch too (for comparisons). */
  static final String RUNTIME_PROPERTY = "workbench.text.head.runtime";

  private EncoderRuntimes() {}

  static EncoderRuntime open(EncoderReference reference) throws IOException {
    if (reference.builtIn().isPresent() && !"pytorch".equals(System.getProperty(RUNTIME_PROPERTY))) {
      BuiltInEncoder e = reference.builtIn().get();
      // The same operator thread count as the PyTorch engine: one setting for both (decision 0002).
      EngineSetup.engine();
      int threads = JniUtils.getNumThreads();
      try {
        return OnnxEncoderRuntime.open(e, reference.pooling(), reference.maxTokens(), threads);
      } catch (IOException | LinkageError ort) {
        LOG.warn("ONNX Runtime could not run {} ({}); using the PyTorch engine, about half as fast.",
            e.displayName(), ort.toString());
      }
    }
    return PyTorchEncoderRuntime.open(reference);
  }
}
