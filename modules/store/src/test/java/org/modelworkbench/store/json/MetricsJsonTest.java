package org.modelworkbench.store.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.ClassMetrics;
import org.modelworkbench.model.ClassificationMetrics;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.Metrics;
import org.modelworkbench.model.RegressionMetrics;
import org.modelworkbench.model.WorkbenchException;

class MetricsJsonTest {
  private static ClassificationMetrics classification(Double rocAuc) {
    return new ClassificationMetrics(0.9, 0.85, rocAuc, 0.31, List.of("no", "yes"),
        new long[][] {{40, 2}, {3, 15}},
        List.of(new ClassMetrics("no", 0.93, 0.95, 0.94, 42), new ClassMetrics("yes", 0.88, 0.83, 0.86, 18)),
        60);
  }

  @Test
  void classificationMetricsRoundTripWithConfusionMatrixAndNullRocAuc() {
    ClassificationMetrics metrics = classification(null);

    Metrics read = MetricsJson.fromJson(MetricsJson.toJson(metrics));

    assertThat(read).isInstanceOf(ClassificationMetrics.class).usingRecursiveComparison().isEqualTo(metrics);
    ClassificationMetrics c = (ClassificationMetrics) read;
    assertThat(c.rocAuc()).isNull();
    assertThat(c.confusionMatrix()).isDeepEqualTo(new long[][] {{40, 2}, {3, 15}});
  }

  @Test
  void classificationMetricsWithRocAucRoundTrip() {
    ClassificationMetrics metrics = classification(0.97);

    assertThat(MetricsJson.fromJson(MetricsJson.toJson(metrics))).usingRecursiveComparison().isEqualTo(metrics);
  }

  @Test
  void regressionMetricsRoundTripIncludingNotANumber() {
    RegressionMetrics metrics = new RegressionMetrics(2.5, 1.75, Double.NaN, 12);
    RegressionMetrics infinite = new RegressionMetrics(Double.POSITIVE_INFINITY, 0.1, -3.0, 1);

    assertThat(MetricsJson.fromJson(MetricsJson.toJson(metrics))).isEqualTo(metrics);
    assertThat(MetricsJson.fromJson(MetricsJson.toJson(infinite))).isEqualTo(infinite);
  }

  @Test
  void documentsNameTheirTaskAndOnlyRecordFields() {
    String json = MetricsJson.toJson(new RegressionMetrics(1.0, 0.5, 0.25, 4));

    assertThat(json).isEqualTo("{\"task\":\"regression\",\"rmse\":1.0,\"mae\":0.5,\"r2\":0.25,\"count\":4}");
  }

  @Test
  void unknownFieldsAreIgnoredAndBadDocumentsFailPlainly() {
    String newer = "{\"task\":\"regression\",\"rmse\":1.0,\"mae\":0.5,\"r2\":0.25,\"count\":4,\"mape\":0.1}";

    assertThat(MetricsJson.fromJson(newer)).isEqualTo(new RegressionMetrics(1.0, 0.5, 0.25, 4));
    assertThatThrownBy(() -> MetricsJson.fromJson("{\"rmse\":1}")).isInstanceOf(WorkbenchException.class)
        .hasMessage("The stored metrics could not be read; the project file may be damaged.");
    assertThatThrownBy(() -> MetricsJson.fromJson("{\"task\":\"clustering\"}"))
        .isInstanceOf(WorkbenchException.class);
    assertThatThrownBy(() -> MetricsJson.fromJson("not json")).isInstanceOf(WorkbenchException.class);
  }

  @Test
  void devicesRoundTrip() {
    DeviceInfo device = new DeviceInfo("gpu:1", "gpu(1)", "NVIDIA \"A10\"", 24L << 30, null);

    assertThat(MetricsJson.deviceFromJson(MetricsJson.toJson(device))).isEqualTo(device);
  }

  @Test
  void textMapsRoundTripInOrder() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("zeta", "1");
    map.put("alpha", "two words");
    map.put("empty", "");
    map.put("none", null);

    Map<String, String> read = MetricsJson.mapFromJson(MetricsJson.toJson(map));

    assertThat(read).containsExactlyEntriesOf(map);
  }
}
