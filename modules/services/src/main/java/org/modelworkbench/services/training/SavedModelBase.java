package org.modelworkbench.services.training;

import java.util.Optional;
import org.modelworkbench.ml.tensorflow.SavedModelRunner;
import org.modelworkbench.ml.tensorflow.SavedModelTrainer;
import org.modelworkbench.model.DataSplit;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.datasets.TargetRows;

/**
 * A TensorFlow SavedModel of the project as the base of a run, with its recorded signatures: what
 * the two SavedModel routes share. Which of them applies follows from the strategy asked for, or
 * else from whether the model has a {@code train} signature.
 *
 * @param model the base model
 * @param signature what it takes and gives, with its signatures
 */
record SavedModelBase(ModelInfo model, ModelSignature signature) {
  /** The run setting that records the strategy. */
  static final String STRATEGY_SETTING = "strategy";
  private static final String FEATURES = "features";

  /** The request's base when it is a TensorFlow SavedModel of the project. */
  static Optional<SavedModelBase> of(TrainingContext context, TrainRequest request) {
    String name = request.baseModel();
    if (name == null) {
      return Optional.empty();
    }
    return context.database().models().findByName(name).filter(m -> "TensorFlow".equals(m.engine()))
        .map(m -> new SavedModelBase(m, context.database().models().signature(m.id())));
  }

  /**
   * The base of a stopped run, by the name its settings stored.
   *
   * @throws WorkbenchException when the model is gone from the project
   */
  static SavedModelBase ofRun(TrainingContext context, TrainingSettings settings) {
    ModelInfo model = context.catalog().model(settings.baseModel());
    return new SavedModelBase(model, context.database().models().signature(model.id()));
  }

  /** Whether the model has a {@code train} signature, which the {@code full} strategy drives. */
  boolean trainable() {
    return signature.signatures().stream().anyMatch(s -> s.name().equals(SavedModelTrainer.TRAIN));
  }

  /** The strategy asked for, or {@code full} for a trainable model and {@code head} otherwise. */
  String strategy(SavedModelOptions options) {
    return options.strategy() != null ? options.strategy()
        : trainable() ? SavedModelOptions.FULL : SavedModelOptions.HEAD;
  }

  /** The signature asked for, or {@code features}, or {@code serving_default} when there is none. */
  String featureSignature(SavedModelOptions options) {
    return options.signature() != null ? options.signature()
        : signature.signatures().stream().anyMatch(s -> s.name().equals(FEATURES)) ? FEATURES
        : SavedModelRunner.SERVING;
  }

  /**
   * Checks the data as the route for such data would (the pictures' or the table's checks); the
   * run itself always classifies.
   *
   * @throws WorkbenchException with a plain message when something does not fit
   */
  static void checkData(TrainingContext context, TrainRequest request) {
    if (request.dataset().holdsImages()) {
      ImageRequestCheck.check(request.dataset(), request.settings());
    } else {
      TabularPlan.of(context.catalog(), request.dataset(), request.settings());
    }
  }

  /** The labelled training, validation and test rows. */
  record Parts(DataTable train, DataTable validation, DataTable test) {}

  /** The labelled rows of each part of the split. */
  static Parts parts(TrainingContext context, DatasetInfo dataset, TrainingSettings settings, DataSplit split) {
    DataTable rows = context.database().datasets().rows(dataset.id());
    String target = settings.target();
    return new Parts(TargetRows.labelledOnly(rows.selectRows(split.train()), target),
        TargetRows.labelledOnly(rows.selectRows(split.validation()), target),
        TargetRows.labelledOnly(rows.selectRows(split.test()), target));
  }
}
