package org.modelworkbench.app.desktop.dropimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dropped model files and SavedModel folders are taken and recognised as models, not data. */
class ModelDropRulesTest {
  @TempDir
  Path dir;

  @Test
  void takesModelFilesAndSavedModelFoldersAsModels() throws Exception {
    DropRules rules = new DropRules();
    Path pt = Files.write(dir.resolve("resnet18_backbone.pt"), new byte[] {1});
    Path saved = Files.createDirectory(dir.resolve("saved"));
    Files.write(saved.resolve("saved_model.pb"), new byte[] {1});
    Path images = Files.createDirectory(dir.resolve("defects"));
    Path csv = Files.writeString(dir.resolve("loans.csv"), "a\n1\n");

    assertThat(rules.decide(List.of(pt, saved, images, csv)).accepted()).containsExactly(pt, saved, images, csv);
    assertThat(rules.isModel(pt)).isTrue();
    assertThat(rules.isModel(saved)).isTrue();
    assertThat(rules.isModel(images)).isFalse();
    assertThat(rules.isModel(csv)).isFalse();
  }

  @Test
  void takesTextModelFoldersAndTheirLoneFilesAsModels() throws Exception {
    DropRules rules = new DropRules();
    Path huggingFace = Files.createDirectory(dir.resolve("bert"));
    Files.writeString(huggingFace.resolve("config.json"), "{}");
    Path onnx = Files.createDirectory(dir.resolve("onnx-export"));
    Files.createDirectory(onnx.resolve("onnx"));
    Files.write(onnx.resolve("onnx/model.onnx"), new byte[] {1});
    Path pickle = Files.write(dir.resolve("pytorch_model.bin"), new byte[] {1});
    Path texts = Files.createDirectory(dir.resolve("reviews"));
    Files.createDirectory(texts.resolve("great"));

    assertThat(rules.isModel(huggingFace)).isTrue();
    assertThat(rules.isModel(onnx)).isTrue();
    // A lone weights file is taken, so the import can say to drop its folder instead.
    assertThat(rules.isModel(pickle)).isTrue();
    assertThat(rules.isModel(texts)).isFalse();
  }
}
