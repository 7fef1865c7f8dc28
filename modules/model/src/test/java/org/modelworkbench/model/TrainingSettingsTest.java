package org.modelworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrainingSettingsTest {
  @Test
  void theLearningRateIsRecordedAsAPlainDecimal() {
    assertThat(TrainingSettings.defaults("class", ModelKind.CNN, true).asMap())
        .containsEntry("learning_rate", "0.0003");
    assertThat(TrainingSettings.defaults("class", ModelKind.CNN, false).asMap())
        .containsEntry("learning_rate", "0.003");
  }
}
