package org.modelworkbench.app.desktop.training;

import static org.assertj.core.api.Assertions.assertThat;

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
    assertThat(form.learningRateProperty().get()).isEqualTo("0.003");
    form.baseModelProperty().set("resnet18_backbone");
    assertThat(form.learningRateProperty().get()).as("the backbone is slowed down by the trainer itself")
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
    assertThat(form.epochsProperty().get()).isEqualTo(3);
    assertThat(form.learningRateProperty().get()).isEqualTo("0.00003");
    assertThat(form.baseDescriptionProperty().get())
        .startsWith("BERT-family encoder, 12 layers, 384 wide, max 512 tokens, English, MIT licence");
    assertThat(form.routeProperty().get()).isEqualTo("text-full");
    assertThat(form.routeOptions()).containsExactlyInAnyOrder(RouteOption.STRATEGY, RouteOption.MAX_TOKENS);

    form.strategyProperty().set(StrategyChoice.HEAD);
    assertThat(form.routeProperty().get()).isEqualTo("text-head");
    form.maxTokensProperty().set(64);
    form.headKindProperty().set("mlp");
    assertThat(form.request().text()).isEqualTo(new org.modelworkbench.services.training.TextOptions(64, "mlp"));

    form.baseModelProperty().set(TrainFormViewModel.NO_BASE_MODEL);
    assertThat(form.modelKindProperty().get()).isEqualTo(org.modelworkbench.model.ModelKind.TFIDF);
    assertThat(form.baseDescriptionProperty().get()).isEmpty();
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
    form.freezeEpochsProperty().set(3);
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
  void badNumbersAreCaughtBeforeAskingTheService() {
    TrainFormViewModel form = form("target");
    form.learningRateProperty().set("fast");
    assertThat(form.validProperty().get()).isFalse();
    assertThat(form.messageProperty().get()).isEqualTo("The learning rate must be a number, for example 0.003.");
    form.learningRateProperty().set("0.01");
    form.epochsProperty().set(0);
    assertThat(form.messageProperty().get()).isEqualTo("Epochs must be at least 1.");
    form.epochsProperty().set(5);
    form.targetProperty().set(null);
    assertThat(form.messageProperty().get()).startsWith("Pick a target column");
  }

  @Test
  void everySettingReachesTheTrainingSettings() {
    TrainFormViewModel form = form("target");
    form.epochsProperty().set(7);
    form.batchSizeProperty().set(8);
    form.seedProperty().set("3");
    form.threadsProperty().set(1);
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
    assertThat(form.learningRateProperty().get()).isEqualTo("0.03");
    form.learningRateProperty().set("0.05");
    form.modelKindProperty().set(org.modelworkbench.model.ModelKind.MLP);
    assertThat(form.learningRateProperty().get()).isEqualTo("0.05");
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
