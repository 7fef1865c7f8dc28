package org.modelworkbench.ml.text.head;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.ml.text.BuiltInEncoders;
import org.modelworkbench.ml.text.classify.TextInputs;
import org.modelworkbench.ml.text.classify.TextTableModel;
import org.modelworkbench.ml.text.tfidf.DenseFeatures;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ProgressListener;

/**
 * The frozen-encoder route with real weights (all-MiniLM-L6-v2, the smallest built-in) on small
 * texts made by {@link ToyTexts}.
 */
class EncoderHeadTrainerTest {
  private static final EncoderHeadOptions MINILM =
      EncoderHeadOptions.defaults(EncoderReference.builtIn(BuiltInEncoders.MINILM_L6));

  @TempDir
  Path temp;

  @Test
  void learnsASeparableSetAndReportsEncodingProgress() {
    ToyTexts.Labelled train = ToyTexts.make(48, 1);
    ToyTexts.Labelled test = ToyTexts.make(24, 2);
    List<String> messages = new ArrayList<>();
    try (EncoderHeadClassifier model = EncoderHeadTrainer.fit(train.texts(), train.labels(), null, MINILM,
        null, (f, m) -> messages.add(m), CancellationToken.none())) {
      double[][] p = model.probabilities(test.texts(), null, ProgressListener.NONE, CancellationToken.none());
      assertThat(ToyTexts.accuracy(p, model.labels(), test.labels())).isGreaterThanOrEqualTo(0.95);
      assertThat(model.labels()).containsExactly("cooking", "weather");
      assertThat(model.report().textsEncoded()).isEqualTo(48);
      assertThat(model.report().chosenC()).isPositive();
      for (double[] row : p) {
        assertThat(row[0] + row[1]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
      }
    }
    assertThat(messages).anyMatch(m -> m.startsWith("Encoding texts 0/48"))
        .anyMatch(m -> m.startsWith("Encoding texts 48/48"));
  }

  @Test
  void aSecondFitOnTheSameTextsEncodesNothing() throws IOException {
    ToyTexts.Labelled train = ToyTexts.make(40, 3);
    EmbeddingCache cache = new EmbeddingCache(temp.resolve("cache"));
    int distinct = (int) train.texts().stream().distinct().count();
    double[][] first;
    try (EncoderHeadClassifier model = fit(train, null, cache)) {
      assertThat(model.report().textsEncoded()).isEqualTo(distinct);
      first = model.probabilities(train.texts(), null, ProgressListener.NONE, CancellationToken.none());
    }
    try (EncoderHeadClassifier again = fit(train, null, cache)) {
      assertThat(again.report().textsEncoded()).isZero();
      assertThat(again.report().textsCached()).isEqualTo(distinct);
      assertThat(again.encoderLoaded()).as("the weights are not even read").isFalse();
      assertThat(again.probabilities(train.texts(), null, ProgressListener.NONE, CancellationToken.none()))
          .isDeepEqualTo(first);
    }
    // A damaged file is ignored and its texts encoded again; a stray file does not matter.
    List<Path> files;
    try (Stream<Path> s = Files.walk(cache.folder())) {
      files = s.filter(f -> f.toString().endsWith(".emb")).toList();
    }
    assertThat(files).hasSize(1);
    byte[] bytes = Files.readAllBytes(files.get(0));
    bytes[bytes.length / 2] ^= 0x5a;
    Files.write(files.get(0), bytes);
    try (EncoderHeadClassifier repaired = fit(train, null, cache)) {
      assertThat(repaired.report().textsEncoded()).isEqualTo(distinct);
    }
    Files.write(files.get(0).resolveSibling("stray.emb"), new byte[] {1, 2, 3});
    try (EncoderHeadClassifier repaired = fit(train, null, cache)) {
      assertThat(repaired.report().textsEncoded()).isZero();
    }
  }

  @Test
  void anotherTokenLimitOrPoolingIsAnotherCacheKey() {
    ToyTexts.Labelled train = ToyTexts.make(20, 4);
    EmbeddingCache cache = new EmbeddingCache(temp.resolve("cache"));
    fit(train, null, cache).close();
    EncoderReference shorter = MINILM.encoder().withMaxTokens(16);
    try (EncoderHeadClassifier model = EncoderHeadTrainer.fit(train.texts(), train.labels(), null,
        MINILM.withEncoder(shorter), cache, ProgressListener.NONE, CancellationToken.none())) {
      assertThat(model.report().textsEncoded()).isEqualTo((int) train.texts().stream().distinct().count());
    }
  }

  @Test
  void extraColumnsChangePredictions() {
    // The texts say nothing about the label; the extra column does.
    ToyTexts.Labelled base = ToyTexts.make(60, 5);
    List<String> labels = new ArrayList<>();
    double[][] extra = new double[60][];
    for (int i = 0; i < 60; i++) {
      boolean urgent = (i / 2) % 2 == 0;
      labels.add(urgent ? "urgent" : "normal");
      extra[i] = new double[] {urgent ? 1.5 : -1.5};
    }
    DenseFeatures extras = new DenseFeatures(List.of("priority=high"), extra);
    ToyTexts.Labelled train = new ToyTexts.Labelled(base.texts(), labels);
    try (EncoderHeadClassifier model = fit(train, extras, null)) {
      assertThat(model.extraFeatureNames()).containsExactly("priority=high");
      double[][] p = model.probabilities(base.texts(), extras, ProgressListener.NONE, CancellationToken.none());
      assertThat(ToyTexts.accuracy(p, model.labels(), labels)).isGreaterThanOrEqualTo(0.95);
      double[][] flipped = new double[60][];
      for (int i = 0; i < 60; i++) {
        flipped[i] = new double[] {-extra[i][0]};
      }
      double[][] q = model.probabilities(base.texts(),
          new DenseFeatures(List.of("priority=high"), flipped), ProgressListener.NONE, CancellationToken.none());
      assertThat(ToyTexts.accuracy(q, model.labels(), labels)).isLessThanOrEqualTo(0.05);
      assertThatThrownBy(() -> model.probabilities(base.texts(), null, ProgressListener.NONE,
          CancellationToken.none())).hasMessageContaining("priority=high");
    }
  }

  @Test
  void savedAndLoadedGivesIdenticalProbabilitiesForBothHeads() throws IOException {
    ToyTexts.Labelled train = ToyTexts.make(64, 6);
    ToyTexts.Labelled test = ToyTexts.make(20, 7);
    for (HeadType head : HeadType.values()) {
      Path folder = temp.resolve("model-" + head);
      double[][] before;
      try (EncoderHeadClassifier model = EncoderHeadTrainer.fit(train.texts(), train.labels(), null,
          // The MLP run standardises, so the stored means and scales are round-tripped too.
          MINILM.withHead(head).withStandardise(head == HeadType.MLP), null, ProgressListener.NONE,
          CancellationToken.none())) {
        assertThat(model.headType()).isEqualTo(head);
        before = model.probabilities(test.texts(), null, ProgressListener.NONE, CancellationToken.none());
        assertThat(ToyTexts.accuracy(before, model.labels(), test.labels())).isGreaterThanOrEqualTo(0.9);
        new TextTableModel(TextInputs.textOnly(List.of("text")), null, model).save(folder);
      }
      assertThat(TextTableModel.isTextModel(folder)).isTrue();
      try (TextTableModel loaded = TextTableModel.load(folder)) {
        assertThat(loaded.classifier()).isInstanceOf(EncoderHeadClassifier.class);
        assertThat(loaded.classifier().probabilities(test.texts(), null, ProgressListener.NONE,
            CancellationToken.none())).as(head.toString()).isDeepEqualTo(before);
      }
    }
  }

  @Test
  void cancelStopsTheEncodingAndKeepsWhatWasEncoded() {
    ToyTexts.Labelled made = ToyTexts.make(300, 8);
    List<String> numbered = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      numbered.add(made.texts().get(i) + " (" + i + ")");
    }
    ToyTexts.Labelled train = new ToyTexts.Labelled(numbered, made.labels());
    EmbeddingCache cache = new EmbeddingCache(temp.resolve("cache"));
    CancellationToken cancel = new CancellationToken();
    ProgressListener cancelAfterFirstSlice = (f, m) -> {
      if (m.startsWith("Encoding texts " + Embeddings.SLICE + "/")) {
        cancel.cancel();
      }
    };
    assertThatThrownBy(() -> EncoderHeadTrainer.fit(train.texts(), train.labels(), null, MINILM, cache,
        cancelAfterFirstSlice, cancel)).isInstanceOf(CancellationException.class);
    try (EncoderHeadClassifier model = fit(train, null, cache)) {
      assertThat(model.report().textsCached()).isEqualTo(Embeddings.SLICE);
      assertThat(model.report().textsEncoded()).isEqualTo(300 - Embeddings.SLICE);
    }
  }

  private static EncoderHeadClassifier fit(ToyTexts.Labelled data, DenseFeatures extras, EmbeddingCache cache) {
    return EncoderHeadTrainer.fit(data.texts(), data.labels(), extras, MINILM, cache, ProgressListener.NONE,
        CancellationToken.none());
  }
}
