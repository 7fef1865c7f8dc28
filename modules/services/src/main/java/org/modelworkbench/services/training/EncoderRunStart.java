package org.modelworkbench.services.training;

import java.util.LinkedHashMap;
import java.util.Map;
import org.modelworkbench.ml.text.classify.TextTableModel;
import org.modelworkbench.model.DataSplit;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.services.library.TextEncoderSource;

/**
 * What the two encoder routes (frozen head and full fine-tuning) settle before a run is recorded:
 * the trainable base, the plan of columns, the device, the checked split and the token limit, with
 * their notices sent. One place, so that both routes check and split a text dataset the same way.
 *
 * @param source the text encoder the run starts from
 * @param plan the text and ordinary columns and the task
 * @param settings the request's settings with the plan's task
 * @param device where the run trains
 * @param rows every row of the dataset
 * @param split the training, validation and test rows
 * @param tokens the token limit per text
 */
record EncoderRunStart(TextEncoderSource source, TextPlan plan, TrainingSettings settings, DeviceInfo device,
    DataTable rows, DataSplit split, int tokens) {

  /**
   * Resolves the base, checks the data, splits it and tells the observer what the token limit cuts.
   * A route that does not read the ordinary columns ({@code readsTabular} false) names those it leaves out.
   */
  static EncoderRunStart prepare(TrainingContext context, TrainRequest request, boolean readsTabular,
      TrainingObserver observer) {
    DatasetInfo dataset = request.dataset();
    TextEncoderSource source = TextEncoderBase.trainable(TextEncoderBase.require(context.encoders(),
        request.baseModel()));
    TextPlan plan = TextPlan.of(dataset, request.settings(), readsTabular);
    TrainingSettings settings = request.settings().withTask(plan.task());
    DeviceInfo device = RunDevice.resolve(settings, request.strict(), observer);
    if (!readsTabular) {
      TextPlan.leftOut(dataset, request.settings()).forEach(observer::notice);
    }
    DataTable rows = context.database().datasets().rows(dataset.id());
    TextRunChecks.beforeSplit(context, request, dataset, rows, plan, observer);
    DataSplit split = LabelledSplit.of(rows, settings, plan.task());
    TextRunChecks.afterSplit(context, rows, split, plan, observer);
    int tokens = TextEncoderBase.tokens(request.text(), source);
    TextTruncation.notice(source, tokens, TextTableModel.texts(rows.selectRows(split.train()),
        plan.inputs().textColumns())).ifPresent(observer::notice);
    return new EncoderRunStart(source, plan, settings, device, rows, split, tokens);
  }

  /** The settings every encoder run records: its strategy and token limit. */
  Map<String, String> hyperparameters(String strategy) {
    Map<String, String> extra = new LinkedHashMap<>();
    extra.put(TextEncoderBase.STRATEGY_SETTING, strategy);
    extra.put(TextEncoderBase.MAX_TOKENS_SETTING, Integer.toString(tokens));
    return extra;
  }
}
