package org.modelworkbench.ml.library;

/** The model formats the library recognises. */
public enum ModelFormat {
  /** A TorchScript module saved by {@code torch.jit.save}: one {@code .pt} or {@code .pth} file. */
  TORCHSCRIPT("torchscript", "PyTorch"),
  /** A folder written by the workbench: {@code model.json} and DJL parameters. */
  DJL("djl", "PyTorch"),
  /** A TensorFlow SavedModel folder with {@code saved_model.pb}. */
  TENSORFLOW("savedmodel", "TensorFlow");

  private final String kind;
  private final String engine;

  ModelFormat(String kind, String engine) {
    this.kind = kind;
    this.engine = engine;
  }

  /** The model kind stored in the library, for example {@code torchscript}. */
  public String kind() {
    return kind;
  }

  /** The engine that runs it. */
  public String engine() {
    return engine;
  }
}
