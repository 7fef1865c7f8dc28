package org.modelworkbench.benchmarks.performance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A comparison measured by a script of its own (start-up against Weka's Explorer, the FX-thread
 * stall), which needs a display and a window: it is run with {@code --json FILE} (and
 * {@code --quick} in quick mode) and its rows, in the {@link ResultRow} format, join the table.
 * When the script is missing the comparison is skipped with a note; when it fails without writing
 * rows, its rows show as failed (missed).
 */
final class ScriptComparison implements Comparison {
  private final String title;
  private final String script;
  private final double floor;

  /**
   * @param title the comparison's title
   * @param script the script's path from the repository root
   * @param floor the floor a failed run is shown with
   */
  ScriptComparison(String title, String script, double floor) {
    this.title = title;
    this.script = script;
    this.floor = floor;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public double floor() {
    return floor;
  }

  @Override
  public List<ResultRow> run(BenchContext context) throws Exception {
    Path file = context.root().resolve(script);
    if (!Files.isRegularFile(file)) {
      System.out.println("  Skipped: " + script + " is not there (yet).");
      return List.of();
    }
    Path json = Files.createDirectories(context.work().resolve("logs"))
        .resolve(file.getFileName().toString().replace(".sh", ".json"));
    Files.deleteIfExists(json);
    List<String> command = new ArrayList<>(List.of("bash", file.toString()));
    if (context.quick()) {
      command.add("--quick");
    }
    command.addAll(List.of("--json", json.toString()));
    System.out.println("$ " + String.join(" ", command) + "    [" + context.load().before(title) + "]");
    Process p = new ProcessBuilder(command).directory(context.root().toFile()).inheritIO().start();
    int exit = p.waitFor();
    if (!Files.exists(json)) {
      throw new IllegalStateException(script + " ended with status " + exit + " and wrote no rows");
    }
    List<ResultRow> rows = ResultTable.parse(Files.readString(json));
    if (exit != 0 && rows.stream().noneMatch(ResultRow::missed)) {
      System.out.println("  Note: " + script + " ended with status " + exit + " although no row misses its floor.");
    }
    return rows;
  }
}
