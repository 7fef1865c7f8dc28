package org.modelworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImageNormalizationTest {
  @Test
  void readsTheThreeFormsAndWritesThemBack() {
    assertThat(ImageNormalization.parse(null)).isEqualTo(ImageNormalization.NONE);
    assertThat(ImageNormalization.parse(" None ")).isEqualTo(ImageNormalization.NONE);
    assertThat(ImageNormalization.parse("ImageNet")).isEqualTo(ImageNormalization.IMAGENET);
    assertThat(ImageNormalization.parse("0.485,0.456,0.406/0.229,0.224,0.225")).isEqualTo(ImageNormalization.IMAGENET);
    ImageNormalization grey = ImageNormalization.parse("0.5 / 0.25");
    assertThat(grey.mean()).containsExactly(0.5);
    assertThat(grey.std()).containsExactly(0.25);
    for (String text : List.of("none", "imagenet", "0.5/0.25", "0.1,0.2,0.3/1.0,2.0,0.5")) {
      assertThat(ImageNormalization.parse(text).text()).isEqualTo(text);
    }
  }

  @Test
  void refusesWhatItCannotUseInOnePlainSentence() {
    assertThatThrownBy(() -> ImageNormalization.parse("imagenet-ish")).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("use none, imagenet, or MEAN/STD");
    assertThatThrownBy(() -> ImageNormalization.parse("0.5,0.5/0.2,0.2")).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("one or three");
    assertThatThrownBy(() -> ImageNormalization.parse("0.5/0")).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("above 0");
    assertThatThrownBy(() -> ImageNormalization.IMAGENET.requireChannels(1)).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("1-channel images");
  }

  @Test
  void normalisesEachChannelWithItsOwnMeanAndDeviation() {
    // Two pixels per channel, channels first: red 1.0 and 0.0, green 0.5 twice, blue 0.0 and 1.0.
    float[] chw = {1f, 0f, 0.5f, 0.5f, 0f, 1f};
    ImageNormalization.IMAGENET.apply(chw, 3);
    assertThat(chw[0]).isCloseTo((1f - 0.485f) / 0.229f, within(1e-6f));
    assertThat(chw[1]).isCloseTo(-0.485f / 0.229f, within(1e-6f));
    assertThat(chw[2]).isCloseTo((0.5f - 0.456f) / 0.224f, within(1e-6f));
    assertThat(chw[5]).isCloseTo((1f - 0.406f) / 0.225f, within(1e-6f));

    float[] grey = {0.75f, 0.25f};
    ImageNormalization.parse("0.5/0.25").apply(grey, 1);
    assertThat(grey).containsExactly(1f, -1f);

    float[] untouched = {0.2f, 0.4f};
    ImageNormalization.NONE.apply(untouched, 1);
    assertThat(untouched).containsExactly(0.2f, 0.4f);
  }
}
