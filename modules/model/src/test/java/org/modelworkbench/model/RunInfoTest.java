package org.modelworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RunInfoTest {
  private static RunInfo run(ModelKind kind, Map<String, String> hyper) {
    return new RunInfo(1, 1, "digits", 1, "class", Task.CLASSIFICATION, kind, hyper, 42, null, Map.of(),
        RunStatus.COMPLETED, null, null, null, null, null);
  }

  @Test
  void aSavedModelFineTuneIsNamedByItsStrategyNotAsACnn() {
    assertThat(run(ModelKind.CNN, Map.of("strategy", "full")).kindLabel()).isEqualTo("savedmodel-full");
    assertThat(run(ModelKind.MLP, Map.of("strategy", "head")).kindLabel()).isEqualTo("savedmodel-head");
    assertThat(run(ModelKind.MLP, Map.of("strategy", "head")).finetunesSavedModel()).isTrue();
  }

  @Test
  void aTextRunIsNamedByItsRouteThoughItRecordsAStrategy() {
    RunInfo full = new RunInfo(1, 1, "tickets", 1, "category", Task.CLASSIFICATION, ModelKind.ENCODER,
        Map.of("strategy", "full"), 42, null, Map.of(), RunStatus.COMPLETED, null, null, null, null, null, "text-full");
    assertThat(full.kindLabel()).isEqualTo("text-full");
    assertThat(full.finetunesSavedModel()).isFalse();
    RunInfo savedModel = new RunInfo(1, 1, "digits", 1, "class", Task.CLASSIFICATION, ModelKind.MLP,
        Map.of("strategy", "head"), 42, null, Map.of(), RunStatus.COMPLETED, null, null, null, null, null,
        "savedmodel-head");
    assertThat(savedModel.kindLabel()).isEqualTo("savedmodel-head");
    assertThat(savedModel.finetunesSavedModel()).isTrue();
  }

  @Test
  void otherRunsKeepTheirModelKind() {
    assertThat(run(ModelKind.CNN, Map.of("base_model", "resnet")).kindLabel()).isEqualTo("cnn");
    assertThat(run(ModelKind.LINEAR, Map.of()).kindLabel()).isEqualTo("linear");
    assertThat(run(null, Map.of()).kindLabel()).isEmpty();
    assertThat(run(ModelKind.MLP, Map.of()).finetunesSavedModel()).isFalse();
  }
}
