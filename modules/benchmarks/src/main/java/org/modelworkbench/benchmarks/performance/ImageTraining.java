package org.modelworkbench.benchmarks.performance;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.modelworkbench.benchmarks.text.TimedCommand;
import org.modelworkbench.benchmarks.text.WorkbenchCli;

/**
 * Comparison 2: steady training speed of the workbench's {@code --model cnn} network (a 16-filter
 * stem and three residual blocks of 16, 32 and 64 filters, global average pooling, a linear
 * layer) on generated 28 x 28 grey pictures in class folders, against the same network rebuilt in
 * {@code peer_image_train.py}: batch 32 (the CNN's default), Adam at 0.003, one thread, no
 * augmentation. Images per second are the median over the epochs after the first; decoding the
 * pictures happens before the first epoch on both sides and is not counted.
 */
final class ImageTraining implements Comparison {
  private static final double FLOOR = 1.0;
  private static final int BATCH = 32;

  @Override
  public String title() {
    return "image training, CNN 28x28 grey";
  }

  @Override
  public double floor() {
    return FLOOR;
  }

  @Override
  public List<ResultRow> run(BenchContext context) throws Exception {
    int count = context.pick(2_000, 6_000);
    String epochs = Integer.toString(context.pick(3, 5));
    Path folder = context.images(count);
    WorkbenchCli cli = context.newProject("images");
    TimedCommand imported = BenchContext.check(cli.run("import-images", List.of("import", folder.toString(),
        "--name", "strokes", "--json")), "import of the pictures");
    System.out.printf(Locale.ROOT, "  imported %d pictures in %.2f s (not timed in the comparison)%n",
        BenchContext.json(imported).path("rows").asInt(), imported.seconds());
    List<Double> ours = new ArrayList<>();
    List<Double> theirs = new ArrayList<>();
    List<Double> ourAccuracy = new ArrayList<>();
    List<Double> theirAccuracy = new ArrayList<>();
    Alternation.run(context.pick(2, 3), round -> {
      String load = context.load().before(title() + ", workbench");
      TimedCommand t = BenchContext.check(cli.run("train-cnn", List.of("train", "--dataset", "strokes",
          "--target", "class", "--model", "cnn", "--batch-size", Integer.toString(BATCH), "--threads", "1",
          "--epochs", epochs, "--patience", "100", "--json")), "train --model cnn");
      EpochLog log = EpochLog.of(t);
      JsonNode run = BenchContext.json(t);
      ours.add(log.steadyRate());
      ourAccuracy.add(run.path("metrics").path("accuracy").asDouble(Double.NaN));
      System.out.printf(Locale.ROOT, "  workbench round %d: %,.0f images/s steady, test accuracy %.4f [%s]%n"
          + "    %s%n", round, log.steadyRate(), ourAccuracy.get(ourAccuracy.size() - 1), load, log.phases());
    }, round -> {
      String load = context.load().before(title() + ", peer");
      PeerRun p = context.peer().run("cnn", "peer_image_train.py", List.of(folder.toString(), "--batch",
          Integer.toString(BATCH), "--epochs", epochs, "--threads", "1"));
      theirs.add(p.number("images_per_s"));
      theirAccuracy.add(p.number("test_accuracy"));
      System.out.printf(Locale.ROOT, "  peer round %d: %,.0f images/s steady, test accuracy %.4f, %.2f s in all"
          + " [%s]%n", round, p.number("images_per_s"), p.number("test_accuracy"), p.seconds(), load);
    });
    return List.of(
        ResultRow.compare(title(), "images/s", Direction.HIGHER_IS_BETTER, Summary.of(ours), Summary.of(theirs),
            FLOOR),
        ResultRow.compare("test accuracy, image CNN", "accuracy", Direction.HIGHER_IS_BETTER,
            Summary.of(ourAccuracy), Summary.of(theirAccuracy), null));
  }
}
