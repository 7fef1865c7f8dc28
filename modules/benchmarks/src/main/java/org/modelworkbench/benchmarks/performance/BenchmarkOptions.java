package org.modelworkbench.benchmarks.performance;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The command line of the benchmark.
 *
 * @param quick {@code --quick}: fewer repeats and smaller picture sets (the import and scoring
 *     files stay at a million rows)
 * @param json {@code --json FILE}: also write the table's rows there, or null
 * @param work {@code --work DIR}: the folder for data, projects and logs (generated data found there
 *     is reused), or null for a new temporary folder
 * @param only {@code --only a,b}: run only these comparisons (keys as in {@link #KEYS}); empty for all
 */
record BenchmarkOptions(boolean quick, Path json, Path work, Set<String> only) {
  /** The comparisons' keys for {@code --only}. */
  static final List<String> KEYS = List.of("import", "tabular", "image", "scoring", "small-job", "startup", "stall");

  static final String USAGE = "usage: run-benchmarks.sh [--quick] [--json FILE] [--work DIR] [--only "
      + String.join(",", KEYS) + "]";

  /**
   * Reads the arguments.
   *
   * @throws IllegalArgumentException with the usage for anything else
   */
  static BenchmarkOptions parse(String... args) {
    boolean quick = false;
    Path json = null;
    Path work = null;
    Set<String> only = Set.of();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--json" -> json = Path.of(value(args, ++i));
        case "--work" -> work = Path.of(value(args, ++i));
        case "--only" -> {
          only = Set.of(value(args, ++i).split(","));
          for (String key : only) {
            if (!KEYS.contains(key)) {
              throw new IllegalArgumentException("unknown comparison '" + key + "'\n" + USAGE);
            }
          }
        }
        default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'\n" + USAGE);
      }
    }
    return new BenchmarkOptions(quick, json, work, only);
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value\n" + USAGE);
    }
    return args[i];
  }

  /** Whether a comparison is to run. */
  boolean runs(String key) {
    return only.isEmpty() || only.contains(key);
  }
}
