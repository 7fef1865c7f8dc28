package org.modelworkbench.services.training;

import java.util.List;
import org.modelworkbench.ml.text.classify.TextInputs;
import org.modelworkbench.model.ModelSignature;

/** What a text model takes and gives, as the library records it. */
final class TextSignatures {
  private TextSignatures() {}

  /**
   * The signature of a text classifier on these columns.
   *
   * @param how how it reads the text, for example "TF-IDF of word and character n-grams"
   */
  static ModelSignature of(TextInputs inputs, List<String> labels, String how) {
    String reads = "text " + quoted(inputs.textColumns())
        + (inputs.tabularColumns().isEmpty() ? "" : " and columns " + quoted(inputs.tabularColumns()));
    String description = "input " + reads + " (" + how + "), output " + labels.size() + " classes";
    return new ModelSignature(ModelSignature.TEXT, List.of((long) inputs.textColumns().size()),
        List.of((long) labels.size()), labels, List.of(), null, null, null, description);
  }

  private static String quoted(List<String> names) {
    return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
  }
}
