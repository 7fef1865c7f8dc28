package org.modelworkbench.services.scoring;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.modelworkbench.ml.text.classify.TextTableModel;
import org.modelworkbench.ml.text.finetune.FineTunedTextClassifier;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.Predictions;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.library.TextEncoderSource;

/**
 * Predicts labelled rows with an imported text model that carries its own classification head
 * ({@code id2label} in its config), as it is: journey 3 for text. The text is the dataset's free-text
 * columns, or the columns the analyst names.
 */
final class TextEncoderEvaluation {
  private TextEncoderEvaluation() {}

  /**
   * The model's predictions for the rows.
   *
   * @param source the imported model as the library knows it
   * @param columns the text columns to read, or empty for the dataset's own
   * @throws WorkbenchException when the model has no head, the dataset no text, or the folder cannot be read
   */
  static Predictions predict(ModelInfo model, TextEncoderSource source, DatasetInfo dataset, DataTable rows,
      String target, List<String> columns) {
    if (!source.hasHead()) {
      throw new WorkbenchException("The text model '" + model.name() + "' has no classification head (no id2label"
          + " in its config.json), so it cannot be evaluated as it is. Fine-tune it on this dataset with --base "
          + model.name() + ", or train a head on it with --strategy head.");
    }
    List<String> read = new ArrayList<>(columns.isEmpty() ? dataset.textColumns() : columns);
    read.remove(target);
    if (read.isEmpty()) {
      throw new WorkbenchException("The dataset '" + dataset.name() + "' has no free-text column for the text model '"
          + model.name() + "' to read; mark a column as text, or name it with --columns.");
    }
    try (FineTunedTextClassifier classifier = FineTunedTextClassifier.load(source.folder())) {
      return TextTableModel.predictions(classifier.labels(), classifier.probabilities(
          TextTableModel.texts(rows, read), null, ProgressListener.NONE, CancellationToken.none()));
    } catch (IOException e) {
      throw new WorkbenchException("The text model '" + model.name() + "' cannot be read: " + e.getMessage(), e);
    }
  }
}
