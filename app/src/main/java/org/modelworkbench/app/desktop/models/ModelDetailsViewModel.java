package org.modelworkbench.app.desktop.models;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.modelworkbench.app.desktop.common.ErrorText;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.app.desktop.common.Notifier;
import org.modelworkbench.app.desktop.jobs.Job;
import org.modelworkbench.app.desktop.jobs.JobRunner;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.EvaluationInfo;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.scoring.ModelEvaluationOutcome;
import org.modelworkbench.services.scoring.ModelEvaluationRequest;

/**
 * State of a model's page: what it takes and gives, its files, lineage and evaluations, and the
 * actions on it (evaluate as it is, export). Every read and action runs in the background.
 */
public final class ModelDetailsViewModel {
  /** The image dataset columns the workbench makes from a folder of pictures. */

  private final JobRunner runner;
  private final Supplier<Workbench> workbench;
  private final Notifier notifier;
  private final ModelInfo model;
  private final ReadOnlyObjectWrapper<ModelSignature> signature = new ReadOnlyObjectWrapper<>(this, "signature");
  private final ObservableList<LineageLink> lineage = FXCollections.observableArrayList();
  private final ObservableList<EvaluationRow> evaluations = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<EvaluationInfo> shownEvaluation =
      new ReadOnlyObjectWrapper<>(this, "shownEvaluation");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyObjectWrapper<Path> lastExport = new ReadOnlyObjectWrapper<>(this, "lastExport");
  private final Map<Long, String> datasetNames = new HashMap<>();

  /**
   * Creates the view model.
   *
   * @param runner runs reads and actions in the background
   * @param workbench the open project
   * @param notifier tells the user when an action is done
   * @param model the model shown
   */
  public ModelDetailsViewModel(JobRunner runner, Supplier<Workbench> workbench, Notifier notifier, ModelInfo model) {
    this.runner = runner;
    this.workbench = workbench;
    this.notifier = notifier;
    this.model = model;
  }

  /** The model shown. */
  public ModelInfo model() {
    return model;
  }

  /** Reads the model's signature, lineage and evaluations. */
  public Job load() {
    return runner.job("Read model " + model.name(), context -> read(workbench.get()))
        .hidden()
        .onSuccess(loaded -> {
          datasetNames.putAll(loaded.datasetNames());
          lineage.setAll(loaded.lineage());
          evaluations.setAll(loaded.evaluations().stream().map(this::row).toList());
          if (!loaded.evaluations().isEmpty()) {
            shownEvaluation.set(loaded.evaluations().get(loaded.evaluations().size() - 1));
          }
          signature.set(loaded.signature());
        })
        .onError(error -> status.set(ErrorText.plainMessage(error)))
        .start();
  }

  private Loaded read(Workbench open) {
    ModelSignature read = open.library().signature(model);
    List<LineageLink> links = new ArrayList<>();
    for (ModelInfo base : open.library().ancestors(model)) {
      links.add(new LineageLink(links.isEmpty() ? "Fine-tuned from" : "Which came from", base.name(),
          "model:" + base.id()));
    }
    if (model.runId() != null) {
      links.add(new LineageLink("Made by", "Run " + model.runId(), "run:" + model.runId()));
    } else {
      links.add(new LineageLink("Made by", "Imported into the project", null));
    }
    Map<Long, String> names = new HashMap<>();
    if (model.datasetId() != null) {
      links.add(new LineageLink("Trained on", datasetName(open, model.datasetId(), names), null));
    }
    for (ModelInfo derived : open.library().derived(model)) {
      links.add(new LineageLink("Fine-tuned into", derived.name(), "model:" + derived.id()));
    }
    List<EvaluationInfo> stored = open.library().evaluations(model);
    for (EvaluationInfo evaluation : stored) {
      datasetName(open, evaluation.datasetId(), names);
    }
    return new Loaded(read, links, stored, names);
  }

  private static String datasetName(Workbench open, long id, Map<Long, String> names) {
    return names.computeIfAbsent(id, key -> {
      try {
        DatasetInfo dataset = open.datasets().find(key);
        return Formats.datasetVersion(dataset.name(), dataset.version());
      } catch (RuntimeException e) {
        return "dataset " + key + " (removed)";
      }
    });
  }

  private EvaluationRow row(EvaluationInfo evaluation) {
    String main = ModelFacts.headline(evaluation.metrics(), 1);
    String all = ModelFacts.headline(evaluation.metrics(), 4);
    String others = all.length() > main.length() ? all.substring(Math.min(all.length(), main.length() + 2)) : "";
    return new EvaluationRow(datasetNames.getOrDefault(evaluation.datasetId(), "dataset " + evaluation.datasetId()),
        "test".equals(evaluation.split()) ? "test split" : "all rows", main, others,
        Formats.count(evaluation.metrics().count()), Formats.dateTime(evaluation.createdAt()), evaluation);
  }

  /**
   * Scores the model as it is on a labelled dataset, stores the evaluation and shows it.
   *
   * @param dataset the dataset with known answers
   * @param target its column holding the true class
   */
  public Job evaluate(DatasetInfo dataset, String target) {
    busy.set(true);
    status.set("Evaluating " + model.name() + " on " + dataset.name() + "…");
    return runner.job("Evaluate " + model.name() + " on " + dataset.name(),
            context -> workbench.get().modelEvaluation().evaluate(
                new ModelEvaluationRequest(model.name(), dataset, target, List.of())))
        .successMessage(outcome -> ModelFacts.headline(outcome.evaluation().metrics(), 2))
        .onSuccess(outcome -> evaluated(dataset, outcome))
        .onError(error -> {
          busy.set(false);
          status.set("The evaluation did not finish: " + ErrorText.plainMessage(error));
        })
        .start();
  }

  private void evaluated(DatasetInfo dataset, ModelEvaluationOutcome outcome) {
    busy.set(false);
    datasetNames.put(dataset.id(), Formats.datasetVersion(dataset.name(), dataset.version()));
    evaluations.add(row(outcome.evaluation()));
    shownEvaluation.set(outcome.evaluation());
    String text = ModelFacts.headline(outcome.evaluation().metrics(), 3) + " on "
        + Formats.count(outcome.evaluation().metrics().count()) + " rows of " + dataset.name();
    status.set("Evaluated: " + text + ".");
    notifier.info("Evaluated " + model.name(), text);
  }

  /**
   * Writes the model's files and labels into a folder for use outside the workbench.
   *
   * @param folder an empty or new folder
   */
  public Job export(Path folder) {
    return runner.job("Export " + model.name(), context -> workbench.get().modelExport().export(model.name(), folder,
            null))
        .successMessage(path -> "Wrote " + path.getFileName())
        .onSuccess(path -> {
          lastExport.set(path);
          status.set("Exported to " + path + ".");
          notifier.info("Model exported", model.name() + " and its labels are in " + folder, folder);
        })
        .start();
  }

  /** Whether the model takes pictures. */
  public boolean takesImages() {
    ModelSignature known = signature.get();
    return known != null && ModelSignature.IMAGE.equals(known.inputKind());
  }

  /** The dataset to offer first: an image dataset for a model that takes pictures, else the first. */
  public Optional<DatasetInfo> suggestedDataset(List<DatasetInfo> datasets) {
    if (takesImages()) {
      Optional<DatasetInfo> images = datasets.stream().filter(DatasetInfo::holdsImages).findFirst();
      if (images.isPresent()) {
        return images;
      }
    }
    return datasets.stream().findFirst();
  }

  /** The column to offer as the true class: a class-like column named like a label, else the last column. */
  public static String suggestedTarget(DatasetInfo dataset) {
    // The rule the train dialog and the command line use when no run names a target.
    return org.modelworkbench.services.training.TargetSuggestion.of(dataset).column();
  }

  /** What the model takes and gives, once read. */
  public ReadOnlyObjectProperty<ModelSignature> signatureProperty() {
    return signature.getReadOnlyProperty();
  }

  /** Base models, the run that made it, the data and the models fine-tuned from it. */
  public ObservableList<LineageLink> lineage() {
    return lineage;
  }

  /** Every stored evaluation, oldest first. */
  public ObservableList<EvaluationRow> evaluations() {
    return evaluations;
  }

  /** The evaluation whose metrics and matrix are shown: the newest, or the one just made. */
  public ReadOnlyObjectProperty<EvaluationInfo> shownEvaluationProperty() {
    return shownEvaluation.getReadOnlyProperty();
  }

  /** Shows a stored evaluation's metrics and matrix. */
  public void show(EvaluationRow row) {
    if (row != null) {
      shownEvaluation.set(row.evaluation());
    }
  }

  /** Shows a sentence in the status line, for example what to do first. */
  public void statusText(String text) {
    status.set(text);
  }

  /** What is happening or what happened last, in one sentence. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** Whether an evaluation is running. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** The last export written, or null. */
  public ReadOnlyObjectProperty<Path> lastExportProperty() {
    return lastExport.getReadOnlyProperty();
  }

  private record Loaded(ModelSignature signature, List<LineageLink> lineage, List<EvaluationInfo> evaluations,
      Map<Long, String> datasetNames) {}
}
