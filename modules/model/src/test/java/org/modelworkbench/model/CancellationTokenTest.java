package org.modelworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** A token says whether work was stopped, and whether the user or the closing app stopped it. */
class CancellationTokenTest {
  @Test
  void cancelIsTheUsersStop() {
    CancellationToken token = new CancellationToken();
    token.cancel();
    assertThat(token.isCancelled()).isTrue();
    assertThat(token.isShutdown()).isFalse();
    assertThatThrownBy(token::throwIfCancelled).isInstanceOf(CancellationException.class)
        .hasMessageContaining("user");
  }

  @Test
  void stopForShutdownAlsoCancels() {
    CancellationToken token = new CancellationToken();
    token.stopForShutdown();
    assertThat(token.isCancelled()).isTrue();
    assertThat(token.isShutdown()).isTrue();
    assertThatThrownBy(token::throwIfCancelled).isInstanceOf(CancellationException.class)
        .hasMessageContaining("closing");
  }

  @Test
  void aFreshTokenRuns() {
    CancellationToken token = CancellationToken.none();
    assertThat(token.isCancelled()).isFalse();
    assertThat(token.isShutdown()).isFalse();
    token.throwIfCancelled();
  }
}
