package org.modelworkbench.ml.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoopTranslator;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.ml.engine.EngineSetup;
import org.modelworkbench.ml.training.TrainingListener;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ImageNormalization;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;

class TorchScriptExportTest {
  @TempDir Path dir;

  @Test
  void fineTunedModelExportsAsOneTorchScriptModuleThatPredictsLikeTheWorkbench() throws Exception {
    DigitImages digits = DigitImages.of(5, 6, 7);
    TrainingSettings s = DigitImages.settings(2, 5);
    new ImageTrainer().train(digits.request(s, DigitImages.backboneFixture(), 1, dir.resolve("run")),
        new TrainingListener() {}, CancellationToken.none());
    Path out = Files.createDirectories(dir.resolve("export"));
    List<Path> images = digits.testFiles;
    double[][] expected;
    float[][] inputs;
    try (ImageModel model = ImageModel.load(dir.resolve("run/model"))) {
      expected = model.predict(images).probabilities();
      model.exportTorchScript(out);
    }
    try (NDManager manager = NDManager.newBaseManager(EngineSetup.ENGINE_NAME)) {
      inputs = ImagePixels.load(manager, images, new ImageShape(1, 16, 16), ImageNormalization.NONE);
    }

    Criteria<NDList, NDList> criteria = Criteria.builder().setTypes(NDList.class, NDList.class)
        .optModelPath(out.resolve(ImageModel.TORCHSCRIPT_FILE)).optEngine(EngineSetup.ENGINE_NAME)
        .optTranslator(new NoopTranslator()).build();
    double worst = 0;
    try (ZooModel<NDList, NDList> exported = criteria.loadModel();
        var predictor = exported.newPredictor();
        NDManager manager = NDManager.newBaseManager(EngineSetup.ENGINE_NAME)) {
      float[] flat = new float[inputs.length * inputs[0].length];
      for (int i = 0; i < inputs.length; i++) {
        System.arraycopy(inputs[i], 0, flat, i * inputs[0].length, inputs[0].length);
      }
      NDArray x = manager.create(flat, new Shape(inputs.length, 1, 16, 16));
      float[] probabilities = predictor.predict(new NDList(x)).singletonOrThrow().softmax(1).toFloatArray();
      for (int r = 0; r < expected.length; r++) {
        for (int k = 0; k < 3; k++) {
          worst = Math.max(worst, Math.abs(expected[r][k] - probabilities[r * 3 + k]));
        }
      }
    }
    System.out.printf("model.pt through DJL vs the workbench's predict on %d images: max |dp| = %.3g%n",
        images.size(), worst);
    assertThat(worst).isLessThan(1e-5);

    JsonNode pre = ImageFiles.JSON.readTree(out.resolve(ImageModel.PREPROCESSING_FILE).toFile());
    assertThat(pre.get("input_shape").toString()).isEqualTo("[-1,1,16,16]");
    assertThat(pre.get("mean").toString()).isEqualTo("[0.0]");
    assertThat(pre.get("labels").toString()).isEqualTo("[\"5\",\"6\",\"7\"]");
    String keep = System.getProperty("workbench.exportDir");
    if (keep != null) { // for the Python check in src/test/python/check_exported_torchscript.py
      Path target = Files.createDirectories(Path.of(keep));
      Files.copy(out.resolve(ImageModel.TORCHSCRIPT_FILE), target.resolve(ImageModel.TORCHSCRIPT_FILE),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      ImageFiles.JSON.writeValue(target.resolve("check.json").toFile(),
          java.util.Map.of("inputs", inputs, "shape", List.of(1, 16, 16), "probabilities", expected));
    }
  }

  @Test
  void modelFromScratchDoesNotExportAsOneTorchScriptModule() throws Exception {
    DigitImages digits = DigitImages.of(0, 1);
    new ImageTrainer().train(digits.request(DigitImages.settings(1, 1), null, 0, dir.resolve("run")),
        new TrainingListener() {}, CancellationToken.none());
    try (ImageModel model = ImageModel.load(dir.resolve("run/model"))) {
      assertThatThrownBy(() -> model.exportTorchScript(dir)).isInstanceOf(WorkbenchException.class);
    }
  }
}
