package org.modelworkbench.ml.text.tfidf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.WorkbenchException;

class TfidfFeaturizerTest {
  @TempDir
  Path folder;

  private static final TfidfOptions WORDS_ONLY = new TfidfOptions(1, 1, 2, 5, true, true, 1, 1000, 0);

  private static TfidfFeaturizer fit(List<String> texts, TfidfOptions options) {
    return TfidfFeaturizer.fit(texts, options, ProgressListener.NONE, CancellationToken.none());
  }

  @Test
  void weightsAreSublinearCountsTimesSmoothIdfScaledToUnitLength() {
    TfidfFeaturizer f = fit(List.of("red apple", "green apple", "Red red car"), WORDS_ONLY);
    // Vocabulary in lexicographic order: apple, car, green, red.
    assertThat(f.dimension()).isEqualTo(4);
    SparseVector v = f.transform("red red red apple");
    double idfApple = Math.log(4.0 / 3.0) + 1; // 3 texts, "apple" in 2
    double idfRed = Math.log(4.0 / 3.0) + 1; // "red" in 2 of them (twice in one)
    double apple = 1 * idfApple;
    double red = (1 + Math.log(3)) * idfRed;
    double norm = Math.hypot(apple, red);
    assertThat(v.indices()).containsExactly(0, 3);
    assertThat(v.values()[0]).isCloseTo((float) (apple / norm), within(1e-6f));
    assertThat(v.values()[1]).isCloseTo((float) (red / norm), within(1e-6f));
  }

  @Test
  void eachBlockHasUnitLengthAndCharactersFollowWords() {
    TfidfFeaturizer f = fit(TextFixtures.descriptions().texts(), TfidfOptions.defaults());
    SparseVector v = f.transform("A free real-time strategy game with a map editor");
    double words = 0;
    double chars = 0;
    for (int k = 0; k < v.size(); k++) {
      assertThat(k == 0 || v.indices()[k] > v.indices()[k - 1]).isTrue();
      double sq = v.values()[k] * (double) v.values()[k];
      if (v.indices()[k] < f.wordFeatures()) {
        words += sq;
      } else {
        chars += sq;
      }
    }
    assertThat(words).isCloseTo(1, within(1e-5));
    assertThat(chars).isCloseTo(1, within(1e-5));
    assertThat(f.featureName(v.indices()[0])).startsWith("word:");
    assertThat(f.featureName(v.indices()[v.size() - 1])).startsWith("chars:");
  }

  @Test
  void rareTermsAndCapsBoundTheVocabulary() {
    List<String> texts = TextFixtures.descriptions().texts();
    TfidfFeaturizer all = fit(texts, new TfidfOptions(1, 2, 2, 5, true, true, 1, 1_000_000, 1_000_000));
    TfidfFeaturizer frequent = fit(texts, new TfidfOptions(1, 2, 2, 5, true, true, 3, 1_000_000, 1_000_000));
    TfidfFeaturizer capped = fit(texts, new TfidfOptions(1, 2, 2, 5, true, true, 1, 500, 700));
    assertThat(frequent.dimension()).isLessThan(all.dimension() / 2);
    assertThat(capped.wordFeatures()).isEqualTo(500);
    assertThat(capped.charFeatures()).isEqualTo(700);
  }

  @Test
  void unseenWordsAndEmptyTextsGiveEmptyVectors() {
    TfidfFeaturizer f = fit(List.of("red apple", "green apple"), WORDS_ONLY);
    assertThat(f.transform("purple banana").size()).isZero();
    assertThat(f.transform("").size()).isZero();
    assertThat(f.transform(null).size()).isZero();
  }

  @Test
  void aSavedFeaturizerLoadsEqualAndGivesIdenticalVectors() throws IOException {
    TfidfFeaturizer f = fit(TextFixtures.descriptions().texts(), TfidfOptions.defaults());
    Path file = folder.resolve("features.bin");
    f.save(file);
    TfidfFeaturizer loaded = TfidfFeaturizer.load(file);
    assertThat(loaded).isEqualTo(f);
    String text = "Mail client with IMAP, POP3 and GPG support; written in C";
    assertThat(loaded.transform(text).indices()).isEqualTo(f.transform(text).indices());
    assertThat(loaded.transform(text).values()).isEqualTo(f.transform(text).values());
    assertThat(Files.size(file)).isLessThan(1_000_000);
    assertThat(folder.resolve("features.bin.tmp")).doesNotExist();
  }

  @Test
  void aFileFromANewerVersionOrAnotherKindIsRefusedInPlainWords() throws IOException {
    Path newer = folder.resolve("newer.bin");
    try (OutputStream raw = Files.newOutputStream(newer);
        java.io.DataOutputStream out = new java.io.DataOutputStream(new GZIPOutputStream(raw))) {
      out.writeUTF("WB-TFIDF-FEATURES");
      out.writeInt(FeaturizerFile.FORMAT_VERSION + 1);
    }
    assertThatThrownBy(() -> TfidfFeaturizer.load(newer)).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("newer version");
    Path other = folder.resolve("other.bin");
    Files.writeString(other, "not a model");
    assertThatThrownBy(() -> TfidfFeaturizer.load(other)).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("damaged");
  }

  @Test
  void settingsThatCannotWorkAreRefused() {
    assertThatThrownBy(() -> new TfidfOptions(2, 1, 2, 5, true, true, 2, 10, 10))
        .isInstanceOf(WorkbenchException.class).hasMessageContaining("Word n-grams");
    assertThatThrownBy(() -> new TfidfOptions(1, 2, 2, 5, true, true, 2, 0, 0))
        .isInstanceOf(WorkbenchException.class).hasMessageContaining("Keep words, characters or both");
    assertThatThrownBy(() -> new TfidfOptions(1, 2, 2, 5, true, true, 0, 10, 10))
        .isInstanceOf(WorkbenchException.class).hasMessageContaining("minimum document frequency");
  }
}
