package org.modelworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The build puts the project version beside {@link AppVersion}. */
class AppVersionTest {
  @Test
  void theBuildFillsInTheVersion() {
    assertThat(AppVersion.version()).isNotEqualTo(AppVersion.UNKNOWN).doesNotContain("${")
        .matches("\\d+\\.\\d+.*");
    assertThat(AppVersion.nameAndVersion()).isEqualTo("Model Workbench " + AppVersion.version());
  }
}
