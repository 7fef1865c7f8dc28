package org.modelworkbench.ml.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.ml.text.head.EmbeddingCache;
import org.modelworkbench.ml.text.head.EncoderHeadClassifier;
import org.modelworkbench.ml.text.head.EncoderHeadOptions;
import org.modelworkbench.ml.text.head.EncoderHeadTrainer;
import org.modelworkbench.ml.text.head.EncoderReference;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ProgressListener;

/**
 * A head on a user's Hugging Face folder (a small random BERT written by {@link TinyBertFolder}):
 * the model folder records the encoder by a relative path, so the project can move; another
 * folder's weights are another cache key.
 */
class HeadOnHuggingFaceFolderTest {
  @TempDir
  Path temp;

  @Test
  void theModelFolderFollowsAMovedProject() throws Exception {
    Path project = temp.resolve("project");
    Path encoderFolder = TinyBertFolder.write(project.resolve("encoders/tiny"), 1);
    List<String> texts = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    String[] good = {"great product", "i love it", "works very fast", "good delivery"};
    String[] bad = {"terrible product", "it broke after one day", "very slow delivery", "not good"};
    for (int i = 0; i < 40; i++) {
      texts.add((i % 2 == 0 ? good : bad)[i / 2 % 4] + (i % 3 == 0 ? " !" : " ."));
      labels.add(i % 2 == 0 ? "good" : "bad");
    }
    EncoderHeadOptions options = EncoderHeadOptions.defaults(EncoderReference.folder(encoderFolder));
    double[][] before;
    Path model = project.resolve("models/run-1");
    EmbeddingCache cache = new EmbeddingCache(project.resolve("cache"));
    try (EncoderHeadClassifier head = EncoderHeadTrainer.fit(texts, labels, null, options, cache,
        ProgressListener.NONE, CancellationToken.none())) {
      before = head.withCache(null).probabilities(texts, null, ProgressListener.NONE, CancellationToken.none());
      head.save(model);
    }
    assertThat(Files.readString(model.resolve("encoder-head.json"))).contains("\"../../encoders/tiny\"")
        .doesNotContain(temp.toString());

    Path moved = temp.resolve("elsewhere/project");
    Files.createDirectories(moved.getParent());
    Files.move(project, moved);
    try (EncoderHeadClassifier loaded = EncoderHeadClassifier.load(moved.resolve("models/run-1"))) {
      assertThat(loaded.encoder().folder()).isEqualTo(moved.resolve("encoders/tiny").toAbsolutePath());
      assertThat(loaded.probabilities(texts, null, ProgressListener.NONE, CancellationToken.none()))
          .isDeepEqualTo(before);
    }

    // Other weights in the same place: the cache does not hand back the old vectors.
    TinyBertFolder.write(moved.resolve("encoders/tiny"), 2);
    try (EncoderHeadClassifier other = EncoderHeadTrainer.fit(texts, labels, null,
        EncoderHeadOptions.defaults(EncoderReference.folder(moved.resolve("encoders/tiny"))),
        new EmbeddingCache(moved.resolve("cache")), ProgressListener.NONE, CancellationToken.none())) {
      assertThat(other.report().textsEncoded()).isEqualTo((int) texts.stream().distinct().count());
    }

    Files.walk(moved.resolve("encoders")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    assertThatThrownBy(() -> EncoderHeadClassifier.load(moved.resolve("models/run-1")))
        .hasMessageContaining("encoder folder");
  }
}
