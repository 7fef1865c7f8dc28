package org.modelworkbench.benchmarks.performance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the peer scripts of {@code modules/benchmarks/python/} with Debian's {@code /usr/bin/python3}
 * (the first python3 on PATH may be another interpreter without torch and pandas), under
 * {@code /usr/bin/time -v} like the workbench's commands, so both sides are timed the same way.
 * Each script prints its measurements as one JSON object on its last stdout line.
 */
final class PythonPeer {
  /** The interpreter whose packages (python3-torch, python3-pandas, python3-pil) the peers use. */
  static final String PYTHON = "/usr/bin/python3";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path scripts;
  private final Path logs;
  private int calls;

  /**
   * @param scripts the folder holding the peer scripts
   * @param logs where each run's stderr and time report go
   */
  PythonPeer(Path scripts, Path logs) {
    this.scripts = scripts;
    this.logs = logs;
  }

  /**
   * The packages the peers import that are missing, as apt package names.
   *
   * @return an empty list when everything is there
   */
  static List<String> missingPackages() throws IOException, InterruptedException {
    List<String> missing = new ArrayList<>();
    String[][] modules = {{"torch", "python3-torch"}, {"pandas", "python3-pandas"}, {"numpy", "python3-numpy"},
        {"PIL", "python3-pil"}};
    if (!Files.isExecutable(Path.of(PYTHON))) {
      missing.add("python3");
      return missing;
    }
    for (String[] module : modules) {
      Process p = new ProcessBuilder(PYTHON, "-c", "import " + module[0]).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      if (p.waitFor() != 0) {
        missing.add(module[1]);
      }
    }
    return missing;
  }

  /** The version of torch the peers use, for the machine record. */
  static String torchVersion() {
    try {
      Process p = new ProcessBuilder(PYTHON, "-c", "import torch, pandas; print('torch', torch.__version__,"
          + " '/ pandas', pandas.__version__)").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      return p.waitFor() == 0 ? out : "unknown";
    } catch (IOException | InterruptedException e) {
      return "unknown";
    }
  }

  /**
   * Runs a script and waits for it.
   *
   * @param label a short name for the log files
   * @param script the script's file name in the scripts folder
   * @param args its arguments
   * @return its wall time and the JSON it printed
   * @throws IllegalStateException when it fails or prints no JSON
   */
  PeerRun run(String label, String script, List<String> args) throws IOException, InterruptedException {
    Files.createDirectories(logs);
    String name = String.format("peer-%02d-%s", ++calls, label);
    Path timeReport = logs.resolve(name + ".time");
    Path stderr = logs.resolve(name + ".stderr");
    List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-v", "-o", timeReport.toString(), PYTHON,
        scripts.resolve(script).toString()));
    command.addAll(args);
    System.out.println("$ " + PYTHON + " " + scripts.resolve(script) + " " + String.join(" ", args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderr.toFile());
    long started = System.nanoTime();
    Process p = builder.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = p.waitFor();
    double seconds = (System.nanoTime() - started) / 1e9;
    if (exit != 0) {
      throw new IllegalStateException(script + " failed with status " + exit + ": see " + stderr + "\n"
          + tail(Files.readString(stderr)));
    }
    String[] lines = out.strip().split("\\R");
    String last = lines[lines.length - 1];
    if (!last.startsWith("{")) {
      throw new IllegalStateException(script + " printed no JSON result: " + out);
    }
    JsonNode result = JSON.readTree(last);
    return new PeerRun(seconds, peakRssMb(timeReport), result);
  }

  private static double peakRssMb(Path timeReport) throws IOException {
    if (Files.exists(timeReport)) {
      for (String line : Files.readAllLines(timeReport)) {
        if (line.contains("Maximum resident set size")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
        }
      }
    }
    return -1;
  }

  private static String tail(String text) {
    String[] lines = text.split("\\R");
    return String.join("\n", java.util.Arrays.asList(lines).subList(Math.max(0, lines.length - 12), lines.length));
  }
}
