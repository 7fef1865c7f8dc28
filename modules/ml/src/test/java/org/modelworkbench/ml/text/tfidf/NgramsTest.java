package org.modelworkbench.ml.text.tfidf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The n-gram rules are scikit-learn's, so features mean what a Python user expects. */
class NgramsTest {
  private static List<String> words(String text, int min, int max) {
    List<String> out = new ArrayList<>();
    Ngrams.words(Ngrams.prepare(text, true), min, max, out::add);
    return out;
  }

  private static List<String> chars(String text, int min, int max) {
    List<String> out = new ArrayList<>();
    Ngrams.charsWithinWords(Ngrams.prepare(text, true), min, max, out::add);
    return out;
  }

  @Test
  void wordsAreRunsOfTwoOrMoreWordCharactersAndBigramsJoinThemWithASpace() {
    // token_pattern (?u)\b\w\w+\b drops "a" and splits "don't" into "don" (and a lone "t").
    assertThat(words("A Great kettle, don't buy!", 1, 2))
        .containsExactly("great", "kettle", "don", "buy", "great kettle", "kettle don", "don buy");
  }

  @Test
  void charNgramsStayInsideWordsPaddedWithSpaces() {
    // As scikit-learn's analyzer="char_wb", ngram_range=(2, 3) on "ab cd".
    assertThat(chars("ab  cd", 2, 3)).containsExactly(" a", "ab", "b ", " ab", "ab ", " c", "cd", "d ", " cd", "cd ");
  }

  @Test
  void aShortWordGivesItselfOnceAndNoLongerNgrams() {
    // " x " has 3 characters: n=2 gives " x", "x "; n=3 gives " x " once; n=4 and 5 nothing more.
    assertThat(chars("x", 2, 5)).containsExactly(" x", "x ", " x ");
  }

  @Test
  void textWithoutSpacesStillGivesCharacterNgrams() {
    // Chinese has no spaces: the whole sentence is one "word" for char_wb.
    List<String> grams = chars("这个水壶很好用", 2, 2);
    assertThat(grams).hasSize(8).contains("水壶", "好用");
    assertThat(words("这个水壶很好用", 1, 1)).containsExactly("这个水壶很好用");
  }

  @Test
  void charactersOutsideTheBasicPlaneAreNeverSplit() {
    assertThat(chars("a😀", 2, 2)).containsExactly(" a", "a😀", "😀 ");
  }

  @Test
  void hugeTextsAreReadUpToTheirFirstCharacters() {
    String huge = "word ".repeat(Ngrams.MAX_TEXT_CHARS);
    assertThat(Ngrams.prepare(huge, false)).hasSize(Ngrams.MAX_TEXT_CHARS);
    assertThat(Ngrams.prepare(null, true)).isEmpty();
  }
}
