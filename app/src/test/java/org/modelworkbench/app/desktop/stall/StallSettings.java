package org.modelworkbench.app.desktop.stall;

import java.nio.file.Path;

/**
 * The harness's settings, from system properties the benchmark script sets.
 *
 * @param csv the file to import ({@code workbench.stall.csv})
 * @param target the column to train for ({@code workbench.stall.target}, default segment)
 * @param epochs the training's epochs ({@code workbench.stall.epochs}, default 4)
 * @param idleSeconds the idle baseline's length ({@code workbench.stall.idle}, default 3)
 * @param timeoutSeconds when to give up ({@code workbench.stall.timeout}, default 1200)
 * @param out where the phases' lines go ({@code workbench.stall.out})
 * @param stacks where the stacks of a blocked FX thread go ({@code workbench.stall.stacks},
 *     default beside {@code out})
 */
record StallSettings(Path csv, String target, int epochs, double idleSeconds, int timeoutSeconds, Path out,
    Path stacks) {

  /** Reads the system properties; null when the CSV or the output is not named. */
  static StallSettings fromSystem() {
    String csv = System.getProperty("workbench.stall.csv", "");
    String out = System.getProperty("workbench.stall.out", "");
    if (csv.isBlank() || out.isBlank()) {
      return null;
    }
    Path outPath = Path.of(out).toAbsolutePath();
    return new StallSettings(Path.of(csv).toAbsolutePath(), System.getProperty("workbench.stall.target", "segment"),
        Integer.getInteger("workbench.stall.epochs", 4),
        Double.parseDouble(System.getProperty("workbench.stall.idle", "3")),
        Integer.getInteger("workbench.stall.timeout", 1200), outPath,
        Path.of(System.getProperty("workbench.stall.stacks", outPath.resolveSibling("fx-stacks.txt").toString())));
  }
}
