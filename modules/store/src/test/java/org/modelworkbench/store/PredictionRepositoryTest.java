package org.modelworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredictionRepositoryTest {
  @TempDir Path dir;

  @Test
  void predictionsAreCounted() {
    try (ProjectDatabase project = ProjectDatabase.open(dir)) {
      assertThat(project.predictions().count()).isZero();

      long first = project.predictions().insert(null, null, "in.csv", "out.csv", 10);
      long second = project.predictions().insert(null, null, "in 2.csv", "out 2.csv", 0);

      assertThat(second).isGreaterThan(first);
      assertThat(project.predictions().count()).isEqualTo(2);
    }
  }
}
