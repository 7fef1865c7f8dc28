package org.modelworkbench.app.desktop.stall;

import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Watches the JavaFX application thread during a phase, two ways at once:
 * <ul>
 *   <li>a daemon thread posts a probe with {@link Platform#runLater} every 5 ms and the probe
 *       records how long it waited to run: the wait a click or a key press would have, since input
 *       events queue on the same thread;</li>
 *   <li>an {@link AnimationTimer} records the time between pulses: how long no frame was drawn
 *       (about 16.7 ms when all is well, since a running timer asks for a pulse every frame).</li>
 * </ul>
 * While a probe has waited longer than {@value #DUMP_AFTER_MS} ms, the daemon prints the FX
 * thread's stack every 20 ms (at most {@value #MAX_DUMPS} times in all), which names what blocks it.
 */
final class FxWatchdog {
  private static final long PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
  private static final long DUMP_AFTER_MS = 60;
  private static final long DUMP_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
  private static final int MAX_DUMPS = 300;

  private final PrintStream stacks;
  private volatile StallStats latencies;
  private volatile boolean running;
  private volatile long lastProbeRan;
  private StallStats gaps;
  private String phase;
  private long startedNanos;
  private long lastPulse;
  private Thread fxThread;
  private Thread prober;
  private int dumps;
  private final AnimationTimer pulses = new AnimationTimer() {
    @Override
    public void handle(long now) {
      if (lastPulse != 0) {
        gaps.add(now - lastPulse);
      }
      lastPulse = now;
    }
  };

  /** @param stacks where the stacks of a blocked FX thread go */
  FxWatchdog(PrintStream stacks) {
    this.stacks = stacks;
  }

  /** Starts a phase; call on the FX thread. */
  void start(String name) {
    fxThread = Thread.currentThread();
    phase = name;
    latencies = new StallStats();
    gaps = new StallStats();
    lastPulse = 0;
    startedNanos = System.nanoTime();
    lastProbeRan = startedNanos;
    running = true;
    pulses.start();
    prober = new Thread(this::probe, "stall-watchdog");
    prober.setDaemon(true);
    prober.start();
  }

  /** Ends the phase and gives its figures; call on the FX thread. */
  PhaseResult stop() {
    running = false;
    pulses.stop();
    LockSupport.unpark(prober);
    return PhaseResult.of(phase, (System.nanoTime() - startedNanos) / 1e9, latencies, gaps);
  }

  private void probe() {
    long lastDump = 0;
    while (running) {
      long posted = System.nanoTime();
      StallStats into = latencies;
      Platform.runLater(() -> {
        long ran = System.nanoTime();
        lastProbeRan = ran;
        if (running) {
          into.add(ran - posted);
        }
      });
      LockSupport.parkNanos(PERIOD_NANOS);
      long now = System.nanoTime();
      long waiting = now - lastProbeRan;
      if (waiting > TimeUnit.MILLISECONDS.toNanos(DUMP_AFTER_MS) && now - lastDump >= DUMP_EVERY_NANOS
          && dumps < MAX_DUMPS) {
        lastDump = now;
        dumps++;
        dump(waiting);
      }
    }
  }

  private void dump(long waitingNanos) {
    StackTraceElement[] frames = fxThread.getStackTrace();
    StringBuilder text = new StringBuilder();
    text.append(String.format(java.util.Locale.ROOT, "--- %s: FX thread busy for %.0f ms%n", phase,
        waitingNanos / 1e6));
    for (int i = 0; i < Math.min(frames.length, 40); i++) {
      text.append("\tat ").append(frames[i]).append('\n');
    }
    stacks.print(text);
    stacks.flush();
  }
}
