package org.modelworkbench.ml.tensorflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.modelworkbench.ml.EpochFolders;
import org.modelworkbench.ml.Devices;
import org.modelworkbench.ml.TrainingListener;
import org.modelworkbench.ml.TrainingOutcome;
import org.modelworkbench.ml.library.OutputScores;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.WorkbenchException;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.SessionFunction;
import org.tensorflow.Signature;
import org.tensorflow.Tensor;
import org.tensorflow.proto.DataType;

/**
 * Fine-tunes a SavedModel through its own {@code train} signature (inputs and class labels in, loss
 * out, one optimiser step per call): epochs of shuffled batches, validation accuracy after each
 * epoch, each epoch exported as a SavedModel checkpoint, early stopping, and the best epoch
 * written as a new SavedModel.
 */
public final class SavedModelTrainer {
  /** The signature a trainable SavedModel must have. */
  public static final String TRAIN = "train";

  /** Creates a trainer. */
  public SavedModelTrainer() {}

  /**
   * Trains.
   *
   * @param request the data, the model and where to write
   * @param listener follows each epoch
   * @param cancel stops between batches; the best epoch so far is kept
   * @return how training ended; {@code bestEpoch} 0 means nothing was written
   * @throws WorkbenchException when the model has no usable train signature or TensorFlow fails
   */
  public TrainingOutcome train(SavedModelTrainingRequest request, TrainingListener listener,
      CancellationToken cancel) {
    return train(request, SavedModelResumePoint.START, listener, cancel);
  }

  /**
   * Trains, or continues a stopped fine-tune from the checkpoint of epoch {@code point.epochsDone()}
   * with the given early-stopping state. The shuffling of the epochs already done is replayed, so
   * the continued epochs see the batches an uninterrupted run would have seen (the train signature
   * steps plain SGD, which has no optimiser state to restore). When the maximum epochs are done or
   * early stopping was already due, only the best epoch is written out.
   *
   * @param request the data, the model and where to write; its checkpoint folder must hold the
   *     {@code epoch-N} checkpoints of the epochs done
   * @param point where to continue; {@link SavedModelResumePoint#START} trains from the base model
   * @param listener follows each new epoch
   * @param cancel stops between batches; the best epoch so far is written out
   * @return how training ended; its curve holds only the epochs of this call, and {@code bestEpoch}
   *     0 means nothing was written
   * @throws WorkbenchException when a checkpoint is missing, the model has no usable train signature
   *     or TensorFlow fails
   */
  public TrainingOutcome train(SavedModelTrainingRequest request, SavedModelResumePoint point,
      TrainingListener listener, CancellationToken cancel) {
    TensorFlowSetup.engine();
    DeviceInfo device = Devices.resolve("cpu", false);
    Map<String, String> versions = Map.of("tensorflow", TensorFlowSetup.version());
    listener.onStart(device, versions);
    List<EpochMetrics> curve = new ArrayList<>();
    String name = request.baseFolder().getFileName().toString();
    Path start = point.epochsDone() == 0 ? request.baseFolder() : checkpoint(request, point.epochsDone());
    if (!java.nio.file.Files.isDirectory(start)) {
      throw new WorkbenchException("The checkpoint of epoch " + point.epochsDone() + " (" + start
          + ") is missing, so training cannot continue from it.");
    }
    try (SavedModelBundle bundle = SavedModelBundle.load(start.toString(), "serve")) {
      SessionFunction train = function(bundle, TRAIN, name);
      SessionFunction score = function(bundle, request.scoringSignature(), name);
      String exampleKey = inputOfType(train.signature(), false, name);
      String classKey = inputOfType(train.signature(), true, name);
      DataType classType = train.signature().getInputs().get(classKey).dataType;
      String scoreKey = inputOfType(score.signature(), false, name);
      int n = request.trainInputs().length;
      int[] order = new int[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      Random random = new Random(request.seed());
      for (int epoch = 1; epoch <= point.epochsDone(); epoch++) {
        shuffle(order, random);
      }
      double bestAccuracy = point.bestAccuracy();
      int bestEpoch = point.bestEpoch();
      int sinceBest = point.sinceBest();
      long started = System.nanoTime() - point.elapsedMillis() * 1_000_000;
      boolean stopped = point.epochsDone() > 0 && sinceBest >= request.patience();
      for (int epoch = point.epochsDone() + 1; epoch <= request.epochs() && !stopped; epoch++) {
        shuffle(order, random);
        long epochStart = System.nanoTime();
        double lossSum = 0;
        int batches = (n + request.batchSize() - 1) / request.batchSize();
        for (int b = 0; b < batches; b++) {
          if (cancel.isCancelled()) {
            keepBest(request, bestEpoch);
            return new TrainingOutcome(true, curve, bestEpoch, device, versions);
          }
          int from = b * request.batchSize();
          int to = Math.min(n, from + request.batchSize());
          try (Tensor x = TensorBatches.examples(request.trainInputs(), order, from, to, request.exampleShape());
              Tensor y = TensorBatches.classes(request.trainClasses(), order, from, to, classType);
              Result result = train.call(Map.of(exampleKey, x, classKey, y))) {
            lossSum += TensorBatches.values(result.get(0))[0] * (to - from);
          }
          listener.onBatch(epoch, b + 1, batches);
        }
        double[] validation = validate(score, scoreKey, request);
        double seconds = Math.max((System.nanoTime() - epochStart) / 1e9, 1e-9);
        EpochMetrics metrics = new EpochMetrics(epoch, lossSum / n, validation[0], validation[1], n / seconds,
            (System.nanoTime() - started) / 1_000_000);
        curve.add(metrics);
        SavedModelWriter.write(bundle, checkpoint(request, epoch));
        listener.onEpoch(metrics);
        if (validation[1] > bestAccuracy) {
          bestAccuracy = validation[1];
          bestEpoch = epoch;
          sinceBest = 0;
        } else if (++sinceBest >= request.patience()) {
          listener.onNotice("Stopped early after epoch " + epoch + ": validation accuracy did not improve for "
              + request.patience() + " epochs.");
          stopped = true;
        }
      }
      keepBest(request, bestEpoch);
      return new TrainingOutcome(false, curve, bestEpoch, device, versions);
    } catch (WorkbenchException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new WorkbenchException("TensorFlow could not train the SavedModel " + name + ": " + e.getMessage(), e);
    }
  }

  private static Path checkpoint(SavedModelTrainingRequest request, int epoch) {
    return EpochFolders.of(request.checkpointDir(), epoch);
  }

  /** Writes the best epoch's checkpoint as the output model, when an epoch finished. */
  private static void keepBest(SavedModelTrainingRequest request, int bestEpoch) {
    if (bestEpoch > 0) {
      SavedModelWriter.copy(checkpoint(request, bestEpoch), request.outputFolder());
    }
  }

  /** Validation loss (cross-entropy of the scores) and accuracy. */
  private static double[] validate(SessionFunction score, String key, SavedModelTrainingRequest request) {
    int n = request.validationInputs().length;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    float[] flat;
    try (Tensor x = TensorBatches.examples(request.validationInputs(), order, 0, n, request.exampleShape());
        Result result = score.call(Map.of(key, x))) {
      flat = TensorBatches.values(result.get(0));
    }
    int k = flat.length / n;
    float[][] rows = new float[n][];
    for (int i = 0; i < n; i++) {
      rows[i] = java.util.Arrays.copyOfRange(flat, i * k, (i + 1) * k);
    }
    double[][] p = OutputScores.probabilities(rows);
    double loss = 0;
    int correct = 0;
    for (int i = 0; i < n; i++) {
      int truth = request.validationClasses()[i];
      loss -= Math.log(Math.max(truth < k ? p[i][truth] : 0, 1e-12));
      int best = 0;
      for (int c = 1; c < k; c++) {
        if (p[i][c] > p[i][best]) {
          best = c;
        }
      }
      correct += best == truth ? 1 : 0;
    }
    return new double[] {loss / n, (double) correct / n};
  }

  private static SessionFunction function(SavedModelBundle bundle, String key, String name) {
    for (SessionFunction f : bundle.functions()) {
      if (f.signature().key().equals(key)) {
        return f;
      }
    }
    throw new WorkbenchException("The SavedModel " + name + " has no '" + key + "' signature, so it cannot be "
        + "fine-tuned this way. Use --strategy head to train a new head on its features instead.");
  }

  /** The name of the signature's integer (class) input, or of its float (example) input. */
  private static String inputOfType(Signature signature, boolean integer, String name) {
    for (Map.Entry<String, Signature.TensorDescription> e : signature.getInputs().entrySet()) {
      DataType type = e.getValue().dataType;
      boolean isInteger = type == DataType.DT_INT32 || type == DataType.DT_INT64;
      boolean isFloat = type == DataType.DT_FLOAT;
      if (integer ? isInteger : isFloat) {
        return e.getKey();
      }
    }
    throw new WorkbenchException("The '" + signature.key() + "' signature of " + name + " has no "
        + (integer ? "integer class-label" : "float32 example") + " input.");
  }

  private static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }
}
