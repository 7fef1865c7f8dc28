package org.modelworkbench.store.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.HistogramBin;
import org.modelworkbench.model.ValueCount;

class ProfileJsonTest {
  @Test
  void topValuesRoundTripInOrder() {
    List<ValueCount> values = List.of(new ValueCount("b", 9), new ValueCount("a \"quoted\"", 3),
        new ValueCount("", 1));

    assertThat(ProfileJson.topValuesFromJson(ProfileJson.topValuesToJson(values))).isEqualTo(values);
  }

  @Test
  void histogramsRoundTrip() {
    List<HistogramBin> bins = List.of(new HistogramBin(-1.5, 0.0, 2), new HistogramBin(0.0, 1e300, 7));

    assertThat(ProfileJson.histogramFromJson(ProfileJson.histogramToJson(bins))).isEqualTo(bins);
    assertThat(ProfileJson.histogramFromJson("[]")).isEmpty();
  }
}
