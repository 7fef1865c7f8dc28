package org.modelworkbench.ml.tensorflow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.modelworkbench.ml.engine.Devices;
import org.modelworkbench.ml.training.EpochLoop;
import org.modelworkbench.ml.training.EpochPlan;
import org.modelworkbench.ml.training.EpochRun;
import org.modelworkbench.ml.training.EpochState;
import org.modelworkbench.ml.training.TrainingListener;
import org.modelworkbench.ml.training.TrainingOutcome;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.WorkbenchException;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.SessionFunction;
import org.tensorflow.Signature;
import org.tensorflow.proto.DataType;

/**
 * Fine-tunes a SavedModel through its own {@code train} signature (inputs and class labels in, loss
 * out, one optimiser step per call) in the shared {@link EpochLoop}: the same row order per epoch,
 * early stopping on the validation loss and divergence check as every other route, each epoch
 * exported as a SavedModel checkpoint, and the best epoch written as a new SavedModel.
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
   * with the given early-stopping state. Each epoch's row order depends only on the seed and the
   * epoch number, so the continued epochs see the batches an uninterrupted run would have seen
   * (the train signature steps plain SGD, which has no optimiser state to restore). When the
   * maximum epochs are done or early stopping was already due, only the best epoch is written out.
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
    long startNanos = System.nanoTime();
    TensorFlowSetup.engine();
    DeviceInfo device = Devices.resolve("cpu", false);
    Map<String, String> versions = Map.of("tensorflow", TensorFlowSetup.version());
    listener.onStart(device, versions);
    String name = request.baseFolder().getFileName().toString();
    Path start = point.epochsDone() == 0 ? request.baseFolder()
        : SavedModelSteps.checkpoint(request, point.epochsDone());
    if (!Files.isDirectory(start)) {
      throw new WorkbenchException("The checkpoint of epoch " + point.epochsDone() + " (" + start
          + ") is missing, so training cannot continue from it.");
    }
    try (SavedModelBundle bundle = SavedModelBundle.load(start.toString(), "serve")) {
      SessionFunction train = function(bundle, TRAIN, name);
      SessionFunction score = function(bundle, request.scoringSignature(), name);
      String classKey = inputOfType(train.signature(), true, name);
      SavedModelSteps.Signatures signatures = new SavedModelSteps.Signatures(train,
          inputOfType(train.signature(), false, name), classKey,
          train.signature().getInputs().get(classKey).dataType,
          score, inputOfType(score.signature(), false, name));
      // The curve of the epochs done is the caller's; this call's outcome holds only new epochs.
      EpochState from = new EpochState(point.epochsDone(), List.of(), point.bestEpoch(),
          point.bestLoss(), point.elapsedMillis());
      EpochPlan plan = new EpochPlan(request.trainInputs().length, request.epochs(),
          request.batchSize(), request.patience(), request.seed());
      EpochRun run = new EpochLoop(plan, listener, cancel)
          .run(new SavedModelSteps(bundle, signatures, request), from, startNanos);
      SavedModelSteps.keepBestModel(request, run.state().bestEpoch());
      return run.outcome(device, versions);
    } catch (WorkbenchException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new WorkbenchException("TensorFlow could not train the SavedModel " + name + ": "
          + e.getMessage(), e);
    }
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
}
