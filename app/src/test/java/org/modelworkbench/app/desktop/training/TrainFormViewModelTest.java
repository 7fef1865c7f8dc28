package org.modelworkbench.app.desktop.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.jobs.DirectJobRunner;
import org.modelworkbench.app.desktop.support.ImageProjects;
import org.modelworkbench.app.desktop.support.TestProjects;
import org.modelworkbench.ml.tensorflow.TinySavedModel;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.Task;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.library.ModelImportRequest;
import org.modelworkbench.services.training.ImageOptions;
import org.modelworkbench.services.training.RouteOption;
import org.modelworkbench.services.training.SavedModelOptions;
import org.modelworkbench.services.training.TrainRequest;

/** The train dialog's settings, checked by the real training service, without a screen. */
class TrainFormViewModelTest {
  @TempDir
  static Path project;

  static Workbench workbench;
  static DatasetInfo iris;

  @BeforeAll
  static void openIris() {
    TestProjects.withIris(project);
    workbench = Workbench.open(project);
    iris = workbench.datasets().find("iris");
  }

  @Test
  void aFolderOfPicturesStartsAsAnImageNetworkAndIgnoresThePictureTablesOwnColumns() {
    DatasetInfo digits = org.modelworkbench.app.desktop.support.ImageProjects.importImages(workbench,
        org.modelworkbench.app.desktop.support.ImageProjects.RESOURCES.resolve("images/digits"), "digits");
    TrainFormViewModel form = new TrainFormViewModel(DirectJobRunner.create(), () -> workbench, digits, List.of(),
        List.of(new DeviceInfo("cpu", "cpu()", "CPU", 0, null)), "class");
    assertThat(form.modelKindProperty().get()).isEqualTo(org.modelworkbench.model.ModelKind.CNN);
    assertThat(form.learningRate().textProperty().get()).isEqualTo("0.003");
    assertThat(form.kinds()).as("a folder of pictures trains an image network only")
        .containsExactly(org.modelworkbench.model.ModelKind.CNN);
    form.baseModelProperty().set("resnet18_backbone");
    assertThat(form.learningRate().textProperty().get()).as("the backbone is slowed down by the trainer itself")
        .isEqualTo("0.003");
    assertThat(form.relevant(List.of(
        new org.modelworkbench.model.QualityFinding(org.modelworkbench.model.QualityFinding.Severity.WARNING,
            "id_like", "file", "'file' looks like an ID", 165),
        new org.modelworkbench.model.QualityFinding(org.modelworkbench.model.QualityFinding.Severity.WARNING,
            "imbalance", "class", "few pictures of 3", 3))))
        .as("the picture table's own columns do not matter to an image network")
        .extracting(org.modelworkbench.model.QualityFinding::column).containsExactly("class");
  }

  @Test
  void freeTextStartsAsTfidfAndOffersTheBuiltInLanguageModels() throws Exception {
    java.nio.file.Path csv = project.resolve("tickets.csv");
    java.nio.file.Files.copy(java.nio.file.Path.of("../resources/samples/support_tickets.csv"), csv);
    DatasetInfo tickets = workbench.imports().importFile(csv, org.modelworkbench.services.datasets.ImportRequest
        .defaults(), org.modelworkbench.model.ProgressListener.NONE,
        org.modelworkbench.model.CancellationToken.none()).dataset();
    TrainFormViewModel form = new TrainFormViewModel(DirectJobRunner.create(), () -> workbench, tickets, List.of(),
        List.of(new DeviceInfo("cpu", "cpu()", "CPU", 0, null)), "category");
    assertThat(form.modelKindProperty().get()).isEqualTo(org.modelworkbench.model.ModelKind.TFIDF);
    assertThat(form.routeProperty().get()).isEqualTo("text-tfidf");
    assertThat(form.messageProperty().get()).contains("with TF-IDF and a linear classifier");
    assertThat(form.baseModels()).contains("bge-small-en-v1.5", "all-minilm-l6-v2", "bge-small-zh-v1.5");

    form.baseModelProperty().set("bge-small-en-v1.5");
    assertThat(form.modelKindProperty().get()).isEqualTo(org.modelworkbench.model.ModelKind.ENCODER);
    assertThat(form.epochs().textProperty().get()).isEqualTo("3");
    assertThat(form.learningRate().textProperty().get()).isEqualTo("0.00003");
    assertThat(form.kinds()).containsExactly(org.modelworkbench.model.ModelKind.ENCODER);
    assertThat(form.baseDescriptionProperty().get())
        .startsWith("BERT-family encoder, 12 layers, 384 wide, max 512 tokens, English, MIT licence");
    assertThat(form.routeProperty().get()).isEqualTo("text-full");
    assertThat(form.routeOptions()).containsExactlyInAnyOrder(RouteOption.STRATEGY, RouteOption.MAX_TOKENS);

    form.strategyProperty().set(StrategyChoice.HEAD);
    assertThat(form.routeProperty().get()).isEqualTo("text-head");
    form.maxTokens().textProperty().set("64");
    form.headKindProperty().set("mlp");
    assertThat(form.request().text()).isEqualTo(new org.modelworkbench.services.training.TextOptions(64, "mlp"));

    form.baseModelProperty().set(TrainFormViewModel.NO_BASE_MODEL);
    assertThat(form.modelKindProperty().get()).isEqualTo(org.modelworkbench.model.ModelKind.TFIDF);
    assertThat(form.baseDescriptionProperty().get()).isEmpty();
    assertThat(form.kinds()).as("text kinds, as there is a text column, and the table kinds").containsExactly(
        org.modelworkbench.model.ModelKind.TFIDF, org.modelworkbench.model.ModelKind.ENCODER,
        org.modelworkbench.model.ModelKind.MLP, org.modelworkbench.model.ModelKind.LINEAR);

    // TF-IDF fits once: its epochs, batch size and learning rate do not apply, so they do not block Train.
    assertThat(form.iterativeProperty().get()).isFalse();
    form.epochs().textProperty().set("abc");
    assertThat(form.validProperty().get()).as(form.messageProperty().get()).isTrue();
    assertThat(form.checkedSettings().epochs()).isEqualTo(1);

    // Picking the language-model kind picks the default language model to start from.
    form.modelKindProperty().set(org.modelworkbench.model.ModelKind.ENCODER);
    assertThat(form.baseModelProperty().get()).isEqualTo("bge-small-en-v1.5");
    assertThat(form.epochs().textProperty().get()).as("a field that is not valid takes the kind's default")
        .isEqualTo("3");
  }

  @Test
  void eachRouteOffersItsOwnOptionsAndTheRequestCarriesThem() throws Exception {
    TrainFormViewModel table = form("target");
    assertThat(table.routeProperty().get()).isEqualTo("tabular");
    assertThat(table.routeOptions()).isEmpty();

    DatasetInfo pictures = ImageProjects.importImages(workbench, ImageProjects.RESOURCES.resolve("images/digits"),
        "pictures");
    ImageProjects.importDigitsCnn(workbench);
    Path savedModel = project.resolve("tiny-savedmodel");
    TinySavedModel.build(savedModel, 7);
    workbench.modelImports().importModel(savedModel, new ModelImportRequest("tiny", null, null));
    TrainFormViewModel form = new TrainFormViewModel(DirectJobRunner.create(), () -> workbench, pictures, List.of(),
        List.of(new DeviceInfo("cpu", "cpu()", "CPU", 0, null)), "class");
    assertThat(form.routeProperty().get()).isEqualTo("image");
    assertThat(form.routeOptions()).containsExactly(RouteOption.AUGMENT);

    form.baseModelProperty().set("digits_cnn");
    assertThat(form.routeProperty().get()).as("a TorchScript base").isEqualTo("image");
    assertThat(form.routeOptions()).containsExactlyInAnyOrder(RouteOption.FREEZE_EPOCHS, RouteOption.AUGMENT);
    form.freezeEpochs().textProperty().set("3");
    form.augmentProperty().set(true);
    assertThat(form.validProperty().get()).as(form.messageProperty().get()).isTrue();
    assertThat(form.checkedRequest().image()).isEqualTo(new ImageOptions(3, true));

    form.baseModelProperty().set("tiny");
    assertThat(form.routeProperty().get()).as("a SavedModel with a train signature").isEqualTo("savedmodel-full");
    assertThat(form.routeOptions()).containsExactly(RouteOption.STRATEGY);
    form.strategyProperty().set(StrategyChoice.HEAD);
    assertThat(form.routeProperty().get()).isEqualTo("savedmodel-head");
    assertThat(form.routeOptions()).containsExactlyInAnyOrder(RouteOption.STRATEGY, RouteOption.SIGNATURE);
    assertThat(form.signatures()).startsWith(TrainFormViewModel.DEFAULT_SIGNATURE)
        .contains("features", "serving_default");
    form.signatureProperty().set("features");
    assertThat(form.validProperty().get()).as(form.messageProperty().get()).isTrue();
    TrainRequest request = form.checkedRequest();
    assertThat(request.savedModel()).isEqualTo(new SavedModelOptions("head", "features"));
    assertThat(request.settings().baseModel()).isEqualTo("tiny");
    assertThat(request.dataset()).isEqualTo(pictures);
  }

  @AfterAll
  static void close() {
    workbench.close();
  }

  private TrainFormViewModel form(String target) {
    return new TrainFormViewModel(DirectJobRunner.create(), () -> workbench, iris, List.of(),
        List.of(new DeviceInfo("cpu", "cpu()", "CPU", 0, null)), target);
  }

  @Test
  void aGoodTargetIsReadyWithThePlanInPlainWords() {
    TrainFormViewModel form = form("target");
    assertThat(form.validProperty().get()).isTrue();
    assertThat(form.messageProperty().get()).startsWith("Ready: classification of target (3 classes) on 150 rows");
    assertThat(form.checkedSettings().task()).isEqualTo(Task.CLASSIFICATION);
    assertThat(form.checkedSettings().device()).isEqualTo("auto");
  }

  @Test
  void theServicesMessageShowsAsTheTargetIsChosen() {
    TrainFormViewModel form = form("target");
    form.taskProperty().set(TaskChoice.REGRESSION);
    assertThat(form.validProperty().get()).isFalse();
    assertThat(form.messageProperty().get()).contains("not numeric, so regression cannot predict it");
    form.taskProperty().set(TaskChoice.AUTO);
    form.targetProperty().set("petal length (cm)");
    assertThat(form.validProperty().get()).isTrue();
    assertThat(form.messageProperty().get()).startsWith("Ready: regression of petal length (cm)");
  }

  @Test
  void everyNumberIsCheckedAsTypedWithItsNameAndRangeAndNothingIsCoerced() {
    TrainFormViewModel form = form("target");
    assertThat(form.validProperty().get()).isTrue();
    String[][] bad = {
        {"epochs", "0", "Epochs must be a whole number from 1 to 10,000."},
        {"epochs", "abc", "Epochs must be a whole number from 1 to 10,000."},
        {"epochs", "2.5", "Epochs must be a whole number from 1 to 10,000."},
        {"batch", "0", "Batch size must be a whole number from 1 to 65,536."},
        {"rate", "fast", "Learning rate must be a number above 0 and at most 10, for example 0.003."},
        {"rate", "0", "Learning rate must be a number above 0 and at most 10, for example 0.003."},
        {"seed", "forty", "Seed must be a whole number, for example 42."},
        {"threads", "-1", "Threads must be a whole number from 0 to 256 (0 uses the measured default)."}};
    for (String[] typed : bad) {
      NumberInput input = switch (typed[0]) {
        case "epochs" -> form.epochs();
        case "batch" -> form.batchSize();
        case "rate" -> form.learningRate();
        case "seed" -> form.seed();
        default -> form.threads();
      };
      String good = input.textProperty().get();
      input.textProperty().set(typed[1]);
      assertThat(form.validProperty().get()).as("%s = %s", typed[0], typed[1]).isFalse();
      assertThat(form.messageProperty().get()).isEqualTo(typed[2]);
      assertThat(input.textProperty().get()).as("left as typed").isEqualTo(typed[1]);
      assertThatThrownBy(form::checkedRequest).hasMessage(typed[2]);
      input.textProperty().set(good);
      assertThat(form.validProperty().get()).as(form.messageProperty().get()).isTrue();
    }
    form.learningRate().textProperty().set("0,01");
    assertThat(form.checkedSettings().learningRate()).as("a decimal comma").isEqualTo(0.01);
    form.targetProperty().set(null);
    assertThat(form.messageProperty().get()).startsWith("Pick a target column");
  }

  @Test
  void oneEpochIsSingularInTheSummary() {
    TrainFormViewModel form = form("target");
    form.epochs().textProperty().set("1");
    assertThat(form.messageProperty().get()).contains("up to 1 epoch (stops early");
    form.epochs().textProperty().set("12");
    assertThat(form.messageProperty().get()).contains("up to 12 epochs (stops early");
    assertThat(form.checkedRequest().settings().epochs()).isEqualTo(12);
  }

  @Test
  void theArrowsStepANumberWithinItsRange() {
    TrainFormViewModel form = form("target");
    form.epochs().textProperty().set("2");
    form.epochs().step(-5);
    assertThat(form.epochs().textProperty().get()).isEqualTo("1");
    form.batchSize().step(8);
    assertThat(form.batchSize().textProperty().get()).isEqualTo("40");
    form.epochs().textProperty().set("abc");
    form.epochs().step(1);
    assertThat(form.epochs().textProperty().get()).as("text that is not a number is left to put right")
        .isEqualTo("abc");
  }

  @Test
  void theTargetStartsAsALikelyLabelWithWhyThenAsTheLastRunsOnTheDataset() throws Exception {
    DatasetInfo penguins = workbench.datasets().importCsv(TestProjects.samples().resolve("penguins.csv"), null,
        false, org.modelworkbench.model.ProgressListener.NONE, org.modelworkbench.model.CancellationToken.none())
        .dataset();
    TrainFormViewModel first = new TrainFormViewModel(DirectJobRunner.create(), () -> workbench, penguins, List.of(),
        List.of(new DeviceInfo("cpu", "cpu()", "CPU", 0, null)), null);
    assertThat(first.targetProperty().get()).as("not the last column, year").isEqualTo("species");
    assertThat(first.targetReasonProperty().get()).isEqualTo("Suggested: named like a label, 3 values.");
    assertThat(first.kinds()).containsExactly(org.modelworkbench.model.ModelKind.MLP,
        org.modelworkbench.model.ModelKind.LINEAR);
    first.targetProperty().set("island");
    assertThat(first.targetReasonProperty().get()).as("the reason is for the proposed column only").isEmpty();

    first.epochs().textProperty().set("1");
    workbench.training().train(first.checkedRequest(), org.modelworkbench.services.training.TrainingObserver.NONE,
        org.modelworkbench.model.CancellationToken.none());
    TrainFormViewModel again = new TrainFormViewModel(DirectJobRunner.create(), () -> workbench, penguins, List.of(),
        List.of(new DeviceInfo("cpu", "cpu()", "CPU", 0, null)), null);
    assertThat(again.targetProperty().get()).isEqualTo("island");
    assertThat(again.targetReasonProperty().get()).startsWith("As in the last run on penguins (run ");
  }

  @Test
  void everySettingReachesTheTrainingSettings() {
    TrainFormViewModel form = form("target");
    form.epochs().textProperty().set("7");
    form.batchSize().textProperty().set("8");
    form.seed().textProperty().set("3");
    form.threads().textProperty().set("1");
    form.deviceProperty().set(form.devices().get(1));
    assertThat(form.devices()).extracting(DeviceChoice::label).containsExactly("Auto (CPU)", "CPU");
    var settings = form.checkedSettings();
    assertThat(settings.epochs()).isEqualTo(7);
    assertThat(settings.batchSize()).isEqualTo(8);
    assertThat(settings.seed()).isEqualTo(3);
    assertThat(settings.threads()).isEqualTo(1);
    assertThat(settings.device()).isEqualTo("cpu");
    assertThat(settings.baseModel()).isNull();
  }

  @Test
  void aLinearModelStartsFromItsOwnLearningRateUnlessOneWasTyped() {
    TrainFormViewModel form = form("target");
    form.modelKindProperty().set(org.modelworkbench.model.ModelKind.LINEAR);
    assertThat(form.learningRate().textProperty().get()).isEqualTo("0.03");
    form.learningRate().textProperty().set("0.05");
    form.modelKindProperty().set(org.modelworkbench.model.ModelKind.MLP);
    assertThat(form.learningRate().textProperty().get()).isEqualTo("0.05");
  }

  @Test
  void qualityFindingsOfTheTargetAreShownAndALeftOutColumnIsNotAFeature() {
    // iris' targets are balanced, so use a numeric column as a class-like target with a leak:
    // predicting petal width from the data where a copy of it is present would leak, but iris has
    // none; instead check that a left-out column reaches the settings and the findings refresh.
    TrainFormViewModel form = form("target");
    assertThat(form.findings()).as("iris has nothing serious for its target").noneMatch(
        f -> f.severity() == org.modelworkbench.model.QualityFinding.Severity.SERIOUS);
    form.excluded().add("sepal width (cm)");
    assertThat(form.checkedSettings().excludedColumns()).containsExactly("sepal width (cm)");
    assertThat(form.validProperty().get()).isTrue();
    form.excluded().add("target");
    assertThat(form.checkedSettings().excludedColumns()).as("the target itself is never left out")
        .containsExactly("sepal width (cm)");
  }
}
