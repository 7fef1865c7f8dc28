package org.modelworkbench.ml.text.tfidf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.WorkbenchException;

/** Fits on real package descriptions (see {@link TextFixtures}) and checks what a caller relies on. */
class TfidfTextClassifierTest {
  @TempDir
  Path folder;

  private static final TfidfClassifierOptions DEFAULTS = TfidfClassifierOptions.defaults();

  @Test
  void learnsTwoSectionsFromTheirDescriptions() {
    TextFixtures.Split split = TextFixtures.split(TextFixtures.descriptions().only(List.of("games", "mail")), 0.3, 1);
    TfidfTextClassifier model = TfidfTextClassifier.fit(split.train().texts(), split.train().labels(), DEFAULTS);
    assertThat(model.labels()).containsExactly("games", "mail");
    double accuracy = TextFixtures.accuracy(model.predict(split.test().texts()), split.test().labels());
    assertThat(accuracy).isGreaterThan(0.85);
    assertThat(model.report().candidates()).isNotEmpty();
    assertThat(model.report().folds()).isEqualTo(3);
    assertThat(DEFAULTS.regularisationGrid()).contains(model.report().chosenC());
    for (double[] p : model.predictProbabilities(List.of("A puzzle game for the whole family",
        "Fetch mail over IMAP and filter spam"))) {
      assertThat(p[0] + p[1]).isCloseTo(1, within(1e-12));
    }
    assertThat(model.predict(List.of("A puzzle game for the whole family", "Fetch mail over IMAP and filter spam")))
        .containsExactly("games", "mail");
  }

  @Test
  void learnsFourSectionsWithProbabilitiesThatSumToOne() {
    TextFixtures.Split split = TextFixtures.split(TextFixtures.descriptions(), 0.3, 2);
    TfidfTextClassifier model = TfidfTextClassifier.fit(split.train().texts(), split.train().labels(), DEFAULTS);
    assertThat(model.labels()).containsExactly("games", "mail", "science", "sound");
    double[][] p = model.predictProbabilities(split.test().texts());
    for (double[] row : p) {
      assertThat(Arrays.stream(row).sum()).isCloseTo(1, within(1e-9));
      assertThat(Arrays.stream(row).min().orElseThrow()).isGreaterThan(0);
    }
    // Four balanced classes: chance is 0.25.
    assertThat(TextFixtures.accuracy(model.predict(split.test().texts()), split.test().labels())).isGreaterThan(0.7);
  }

  @Test
  void aSavedModelLoadsAndGivesIdenticalProbabilities() throws IOException {
    TextFixtures.Split split = TextFixtures.split(TextFixtures.descriptions(), 0.3, 3);
    TfidfTextClassifier model = TfidfTextClassifier.fit(split.train().texts(), split.train().labels(), DEFAULTS);
    Path modelFolder = folder.resolve("model");
    Files.createDirectories(modelFolder);
    Files.writeString(modelFolder.resolve("run.json"), "{}"); // a run's own file stays
    model.save(modelFolder);
    TfidfTextClassifier loaded = TfidfTextClassifier.load(modelFolder);
    assertThat(loaded.labels()).isEqualTo(model.labels());
    assertThat(loaded.report()).isEqualTo(model.report());
    assertThat(loaded.options()).isEqualTo(model.options());
    assertThat(loaded.predictProbabilities(split.test().texts())).isDeepEqualTo(
        model.predictProbabilities(split.test().texts()));
    assertThat(modelFolder.resolve("run.json")).exists();
    try (var files = Files.list(modelFolder)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("run.json",
          TfidfModelFolder.MANIFEST, TfidfModelFolder.FEATURES, TfidfModelFolder.WEIGHTS);
    }
  }

  @Test
  void theSameSeedGivesTheSameModel() {
    TextFixtures.Split split = TextFixtures.split(TextFixtures.descriptions(), 0.3, 4);
    TfidfTextClassifier a = TfidfTextClassifier.fit(split.train().texts(), split.train().labels(), DEFAULTS);
    TfidfTextClassifier b = TfidfTextClassifier.fit(split.train().texts(), split.train().labels(), DEFAULTS);
    assertThat(b.linear()).isEqualTo(a.linear());
    assertThat(b.report().candidates()).isEqualTo(a.report().candidates());
  }

  @Test
  void batchesOfAnySizeScoreAlike() {
    TextFixtures.Split split = TextFixtures.split(TextFixtures.descriptions(), 0.3, 5);
    TfidfTextClassifier big = TfidfTextClassifier.fit(split.train().texts(), split.train().labels(), DEFAULTS);
    TfidfTextClassifier small = new TfidfTextClassifier(big.featurizer(), big.linear(), big.labels(),
        big.extraFeatureNames(), new TfidfClassifierOptions(DEFAULTS.features(), DEFAULTS.regularisationGrid(),
            DEFAULTS.folds(), DEFAULTS.weighting(), DEFAULTS.seed(), 7), big.report());
    assertThat(small.predictProbabilities(split.test().texts())).isDeepEqualTo(
        big.predictProbabilities(split.test().texts()));
  }

  @Test
  void extraColumnsJoinTheTextFeatures() {
    // The texts alone cannot tell the classes apart (each text is in both); an extra column can.
    TextFixtures.Labelled all = TextFixtures.descriptions();
    List<String> texts = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    Random random = new Random(6);
    for (String text : all.texts()) {
      for (String label : List.of("urgent", "routine")) {
        texts.add(text);
        labels.add(label);
        double signal = label.equals("urgent") ? 1 : -1;
        rows.add(new double[] {signal + 0.3 * random.nextGaussian(), random.nextGaussian()});
      }
    }
    DenseFeatures extras = new DenseFeatures(List.of("priority", "noise"), rows.toArray(new double[0][]));
    TfidfTextClassifier model = TfidfTextClassifier.fit(texts, labels, extras, DEFAULTS, ProgressListener.NONE,
        CancellationToken.none());
    assertThat(model.extraFeatureNames()).containsExactly("priority", "noise");
    assertThat(model.report().extraFeatures()).isEqualTo(2);
    double[][] p = model.predictProbabilities(List.of("any text", "any text"),
        new DenseFeatures(List.of("priority", "noise"), new double[][] {{1, 0}, {-1, 0}}),
        ProgressListener.NONE, CancellationToken.none());
    int urgent = model.labels().indexOf("urgent");
    assertThat(p[0][urgent]).isGreaterThan(0.9);
    assertThat(p[1][urgent]).isLessThan(0.1);
    assertThatThrownBy(() -> model.predictProbabilities(List.of("text"))).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("[priority, noise]");
    assertThatThrownBy(() -> model.predictProbabilities(List.of("text"),
        new DenseFeatures(List.of("noise", "priority"), new double[][] {{0, 1}}), ProgressListener.NONE,
        CancellationToken.none())).isInstanceOf(WorkbenchException.class).hasMessageContaining("was given");
  }

  @Test
  void balancedWeightingFindsMoreOfARareClass() {
    // 50 games against 8 mail descriptions: weighting the rare class up makes it predicted more.
    TextFixtures.Labelled all = TextFixtures.descriptions();
    List<String> texts = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    int mail = 0;
    for (int i = 0; i < all.size(); i++) {
      String label = all.labels().get(i);
      if (label.equals("games") || (label.equals("mail") && mail++ < 8)) {
        texts.add(all.texts().get(i));
        labels.add(label);
      }
    }
    List<String> unseenMail = all.only(List.of("mail")).texts().subList(8, 50);
    TfidfClassifierOptions fixedC = DEFAULTS.withRegularisationGrid(List.of(1.0));
    TfidfTextClassifier plain = TfidfTextClassifier.fit(texts, labels, fixedC);
    TfidfTextClassifier balanced = TfidfTextClassifier.fit(texts, labels, fixedC.withWeighting(ClassWeighting.BALANCED));
    long plainFound = plain.predict(unseenMail).stream().filter("mail"::equals).count();
    long balancedFound = balanced.predict(unseenMail).stream().filter("mail"::equals).count();
    assertThat(balancedFound).isGreaterThan(plainFound);
  }

  @Test
  void inputsThatCannotTrainAClassifierGetOnePlainSentence() {
    assertThatThrownBy(() -> TfidfTextClassifier.fit(List.of("", " ", ""), List.of("a", "b", "a"), DEFAULTS))
        .isInstanceOf(WorkbenchException.class).hasMessage("All 3 training texts are empty: there is nothing to"
            + " learn from.");
    assertThatThrownBy(() -> TfidfTextClassifier.fit(List.of("one text", "another text"), List.of("spam", "spam"),
        DEFAULTS)).isInstanceOf(WorkbenchException.class).hasMessageContaining("the label 'spam'")
        .hasMessageContaining("at least two classes");
    assertThatThrownBy(() -> TfidfTextClassifier.fit(List.of("one", "two"), List.of("a"), DEFAULTS))
        .isInstanceOf(WorkbenchException.class).hasMessageContaining("2 texts but 1 labels");
    assertThatThrownBy(() -> TfidfTextClassifier.fit(List.of("one", "two"), Arrays.asList("a", null), DEFAULTS))
        .isInstanceOf(WorkbenchException.class).hasMessageContaining("Text 2 has no label");
    assertThatThrownBy(() -> TfidfTextClassifier.fit(List.of(), List.of(), DEFAULTS))
        .isInstanceOf(WorkbenchException.class).hasMessageContaining("no training texts");
    // Every word occurs in one text only, below the minimum document frequency of 2.
    assertThatThrownBy(() -> TfidfTextClassifier.fit(List.of("alpha", "beta"), List.of("a", "b"),
        DEFAULTS.withFeatures(new TfidfOptions(1, 1, 2, 5, true, true, 2, 100, 0))))
        .isInstanceOf(WorkbenchException.class).hasMessageContaining("minimum document frequency");
    assertThatThrownBy(() -> new DenseFeatures(List.of("x"), new double[][] {{Double.NaN}}))
        .isInstanceOf(WorkbenchException.class).hasMessageContaining("impute");
  }

  @Test
  void aFewEmptyTextsAmongRealOnesAreFine() {
    TextFixtures.Labelled all = TextFixtures.descriptions().only(List.of("games", "sound"));
    List<String> texts = new ArrayList<>(all.texts());
    texts.set(0, "");
    texts.set(1, null);
    TfidfTextClassifier model = TfidfTextClassifier.fit(texts, all.labels(), DEFAULTS);
    double[][] p = model.predictProbabilities(Arrays.asList("", null));
    // An empty text has only the intercept to go on: the same probabilities for both.
    assertThat(p[0]).isEqualTo(p[1]);
  }

  @Test
  void cancellingStopsTheFit() {
    CancellationToken cancel = new CancellationToken();
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    ProgressListener progress = (fraction, message) -> {
      seen.add(message);
      if (message.startsWith("Cross-validating")) {
        cancel.cancel();
      }
    };
    TextFixtures.Labelled all = TextFixtures.descriptions();
    assertThatThrownBy(() -> TfidfTextClassifier.fit(all.texts(), all.labels(), null, DEFAULTS, progress, cancel))
        .isInstanceOf(CancellationException.class);
    assertThat(seen).anyMatch(m -> m.startsWith("Counting"));
  }

  @Test
  void aFolderWithoutAModelIsRefusedInPlainWords() throws IOException {
    Path empty = Files.createDirectories(folder.resolve("empty"));
    assertThatThrownBy(() -> TfidfTextClassifier.load(empty)).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("holds no TF-IDF text model");
    Files.writeString(empty.resolve(TfidfModelFolder.MANIFEST), "{\"format\": \"workbench-tfidf-text-classifier\","
        + " \"formatVersion\": 99}");
    assertThatThrownBy(() -> TfidfTextClassifier.load(empty)).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("newer version");
  }
}
