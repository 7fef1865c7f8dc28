package org.modelworkbench.ml.text.classify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.modelworkbench.model.WorkbenchException;

/**
 * The kinds of text classifier a model folder can hold, by the name its manifest stores. A new
 * kind is one constant here and one loader.
 */
public enum TextClassifierKind {
  /** Word and character n-gram TF-IDF with a linear classifier. */
  TFIDF("tfidf"),
  /** A linear or MLP head on the pooled embeddings of a frozen encoder. */
  ENCODER_HEAD("encoder-head"),
  /** An encoder fine-tuned together with its classification head. */
  FINE_TUNED("fine-tuned");

  private final String stored;

  TextClassifierKind(String stored) {
    this.stored = stored;
  }

  /** The name in the manifest. */
  public String stored() {
    return stored;
  }

  /** The kind a manifest names. */
  public static TextClassifierKind ofStored(String name) {
    return Arrays.stream(values()).filter(k -> k.stored.equals(name.toLowerCase(Locale.ROOT))).findFirst()
        .orElseThrow(() -> new WorkbenchException("The model folder holds a text model of an unknown kind '"
            + name + "'; it may come from a newer version of the workbench."));
  }

  /**
   * Loads the classifier of this kind from a model folder.
   *
   * @param folder the model folder
   * @return the classifier; the caller closes it
   * @throws IOException when its files cannot be read
   */
  TextClassifier load(Path folder) throws IOException {
    return switch (this) {
      case TFIDF -> TfidfClassifierAdapter.load(folder);
      case FINE_TUNED -> org.modelworkbench.ml.text.finetune.FineTunedTextClassifier.load(folder);
      case ENCODER_HEAD -> org.modelworkbench.ml.text.head.EncoderHeadClassifier.load(folder);
    };
  }
}
