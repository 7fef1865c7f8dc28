package org.modelworkbench.data.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampTextTest {

  @Test
  void isoWithTOrSpaceAndOptionalSeconds() {
    assertThat(TimestampText.parse("2024-03-01T13:45")).isEqualTo(LocalDateTime.of(2024, 3, 1, 13, 45));
    assertThat(TimestampText.parse("2024-03-01 13:45")).isEqualTo(LocalDateTime.of(2024, 3, 1, 13, 45));
    assertThat(TimestampText.parse("2024-03-01T13:45:07"))
        .isEqualTo(LocalDateTime.of(2024, 3, 1, 13, 45, 7));
    assertThat(TimestampText.parse("2024-03-01 00:00:59"))
        .isEqualTo(LocalDateTime.of(2024, 3, 1, 0, 0, 59));
  }

  @Test
  void fractionsOfASecond() {
    assertThat(TimestampText.parse("2024-03-01T13:45:07.5"))
        .isEqualTo(LocalDateTime.of(2024, 3, 1, 13, 45, 7, 500_000_000));
    assertThat(TimestampText.parse("2024-03-01T13:45:07.123456789"))
        .isEqualTo(LocalDateTime.of(2024, 3, 1, 13, 45, 7, 123_456_789));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-03-01", "2024-03-01T25:00", "2024-03-01T12:60", "2024-03-01T12:00:60",
      "2024-03-01T12:00Z", "2024-03-01T12:00+01:00", "2024-03-01T1:00", "2024-03-01x12:00",
      "2024-03-01T12:00:", "2024-03-01T12:00:00.", "2024-02-30T12:00", "01/03/2024 12:00"})
  void notTimestamps(String s) {
    assertThat(TimestampText.parse(s)).isNull();
  }
}
