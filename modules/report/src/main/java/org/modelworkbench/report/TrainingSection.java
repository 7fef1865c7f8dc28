package org.modelworkbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.Task;

/** How training went: a few facts, the loss curve and the validation metric curve. */
final class TrainingSection {
  private static final int CHART_HEIGHT = 240;

  private TrainingSection() {}

  /** Builds the section. */
  static Section build(ReportContent content) {
    RunInfo run = content.run();
    List<EpochMetrics> curve = content.curve();
    List<Block> blocks = new ArrayList<>();
    if (curve.isEmpty()) {
      blocks.add(new Block.Paragraph(
          "No epoch finished, so there is no training curve to show.", Block.Tone.NOTICE));
      return new Section("training", "Training", blocks);
    }
    Task task = run.task();
    String metricName = Wording.validationMetricName(task);
    blocks.add(new Block.Facts(facts(run, curve)));

    int width = DatasetSection.CHART_WIDTH;
    blocks.add(new Block.Subheading("Loss per epoch"));
    blocks.add(new Block.Paragraph("Lower is better. When validation loss rises while training loss "
        + "keeps falling, the model is starting to memorise the training rows. The dashed line marks "
        + "the best epoch (lowest validation loss).", Block.Tone.MUTED));
    blocks.add(new Block.Chart(ChartRenderer.lossCurve(curve, width, CHART_HEIGHT), width, CHART_HEIGHT,
        "Line chart of training and validation loss per epoch"));

    blocks.add(new Block.Subheading(metricName + " per epoch"));
    blocks.add(new Block.Paragraph(task == Task.REGRESSION
        ? "Lower is better; in the units of the target column."
        : "Higher is better: the share of validation rows predicted right.", Block.Tone.MUTED));
    String description = "Line chart of " + metricName.toLowerCase(Locale.ROOT) + " per epoch";
    blocks.add(new Block.Chart(ChartRenderer.metricCurve(curve, metricName, width, CHART_HEIGHT),
        width, CHART_HEIGHT, description));
    return new Section("training", "Training", blocks);
  }

  private static List<Block.Fact> facts(RunInfo run, List<EpochMetrics> curve) {
    EpochMetrics last = curve.get(curve.size() - 1);
    List<Block.Fact> facts = new ArrayList<>();
    String maxEpochs = run.hyperparameters().get("epochs");
    facts.add(new Block.Fact("Epochs run", maxEpochs == null ? Formats.count(curve.size())
        : Formats.count(curve.size()) + " of at most " + maxEpochs));
    TrainingCurve.bestEpoch(curve).ifPresent(best -> {
      facts.add(new Block.Fact("Best epoch", Integer.toString(best.epoch())));
      facts.add(new Block.Fact("Lowest validation loss", Formats.loss(best.validationLoss())));
      facts.add(new Block.Fact(Wording.metricShortName(run.task()) + " at best epoch",
          MetricText.validationMetric(run.task(), best.validationMetric())));
    });
    facts.add(new Block.Fact("Final training loss", Formats.loss(last.trainLoss())));
    // No separate training time: the run's one duration is in the summary (RunInfo#duration).
    double speed = curve.stream().mapToDouble(EpochMetrics::rowsPerSecond)
        .filter(Double::isFinite).average().orElse(Double.NaN);
    facts.add(new Block.Fact("Average speed", Double.isFinite(speed)
        ? Formats.count(Math.round(speed)) + " rows per second" : Formats.NOT_AVAILABLE));
    return facts;
  }
}
