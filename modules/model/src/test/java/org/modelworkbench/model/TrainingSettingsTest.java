package org.modelworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrainingSettingsTest {
  @Test
  void theLearningRateIsRecordedAsAPlainDecimal() {
    assertThat(new TrainingSettings("class", null, ModelKind.CNN, 30, 32, 0.0003, 42L, "auto", 0, null,
        java.util.List.of(), 5, 0.15, 0.2, java.util.List.of()).asMap())
        .containsEntry("learning_rate", "0.0003");
    assertThat(TrainingSettings.defaults("class", ModelKind.CNN).asMap())
        .containsEntry("learning_rate", "0.003");
  }
}
