package org.modelworkbench.benchmarks.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the {@code workbench} command line as a user would, from the built jar, in a project and a
 * home folder of its own, each call under {@code /usr/bin/time -v} so that its wall time and peak
 * resident memory are measured from outside the JVM. The Java options are the launcher's
 * ({@code ./workbench}); it is not called itself because it rebuilds the app whenever a source
 * under modules/ is newer than the jar, which would time Maven instead.
 */
public final class WorkbenchCli {
  private static final String TIME = "/usr/bin/time";

  private final Path root;
  private final Path home;
  private final Path project;
  private final Path logs;
  private final List<String> javaOptions;
  private int calls;

  /**
   * A command line on one project.
   *
   * @param root the repository root (holding app/target/workbench.jar)
   * @param home the home folder given to the JVM (HOME and user.home)
   * @param project the project folder
   * @param logs where each call's stderr and time report go
   * @param javaOptions extra JVM options (the launcher's WORKBENCH_JAVA_OPTS)
   */
  public WorkbenchCli(Path root, Path home, Path project, Path logs, List<String> javaOptions) {
    this.root = root;
    this.home = home;
    this.project = project;
    this.logs = logs;
    this.javaOptions = javaOptions;
  }

  /** Whether /usr/bin/time is there (Debian package {@code time}). */
  public static boolean timeAvailable() {
    return Files.isExecutable(Path.of(TIME));
  }

  /** The command as a user would type it, for the notes. */
  public String shown(List<String> args) {
    return "workbench --project " + project + " " + String.join(" ", args.stream().map(WorkbenchCli::quote).toList());
  }

  /**
   * Runs one command and waits for it.
   *
   * @param label a short name for the log files
   * @param args the sub-command and its options
   * @return its exit status, time, peak memory and output
   */
  public TimedCommand run(String label, List<String> args) throws IOException, InterruptedException {
    Files.createDirectories(logs);
    Files.createDirectories(home);
    String name = String.format("%02d-%s", ++calls, label);
    Path timeReport = logs.resolve(name + ".time");
    Path stderr = logs.resolve(name + ".stderr");
    List<String> command = new ArrayList<>(List.of(TIME, "-v", "-o", timeReport.toString(),
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dai.djl.offline=true", "-Dworkbench.samples=" + root.resolve("resources/samples"),
        "-Duser.home=" + home));
    command.addAll(javaOptions);
    command.addAll(List.of("-jar", root.resolve("app/target/workbench.jar").toString(), "--project",
        project.toString()));
    command.addAll(args);
    System.out.println("$ " + shown(args) + "    (stderr: " + stderr + ")");
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.put("HOME", home.toString());
    env.put("OPT_OUT_TRACKING", "true");
    env.put("TF_CPP_MIN_LOG_LEVEL", "2");
    long started = System.nanoTime();
    Process p = builder.start();
    p.getOutputStream().close();
    StderrStamper stamper = new StderrStamper(p.getErrorStream(), stderr, started);
    stamper.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = p.waitFor();
    double seconds = (System.nanoTime() - started) / 1e9;
    stamper.join();
    return new TimedCommand(exit, seconds, peakRssKb(timeReport), out, tail(stderr, 15), stamper.lines());
  }

  /**
   * Copies a process's stderr to its log file line by line, noting when each line arrived: the
   * gaps between "training on ...", the epochs and the end show where a command spends its time.
   */
  private static final class StderrStamper extends Thread {
    private final java.io.InputStream in;
    private final Path file;
    private final long startedNanos;
    private final List<TimedCommand.StampedLine> lines = new ArrayList<>();

    StderrStamper(java.io.InputStream in, Path file, long startedNanos) {
      super("stderr-stamper");
      setDaemon(true);
      this.in = in;
      this.file = file;
      this.startedNanos = startedNanos;
    }

    @Override
    public void run() {
      try (java.io.BufferedReader reader = new java.io.BufferedReader(
              new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
          java.io.BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          double at = (System.nanoTime() - startedNanos) / 1e9;
          synchronized (lines) {
            lines.add(new TimedCommand.StampedLine(at, line));
          }
          out.write(line);
          out.write('\n');
          out.flush();
        }
      } catch (IOException e) {
        // The log is a diagnostic; a broken pipe at the process's end loses nothing measured.
      }
    }

    List<TimedCommand.StampedLine> lines() {
      synchronized (lines) {
        return List.copyOf(lines);
      }
    }
  }

  private static long peakRssKb(Path timeReport) throws IOException {
    if (!Files.exists(timeReport)) {
      return -1;
    }
    for (String line : Files.readAllLines(timeReport)) {
      if (line.contains("Maximum resident set size")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    return -1;
  }

  private static String tail(Path file, int lines) throws IOException {
    // Decoded leniently: a native library may print bytes that are not UTF-8.
    List<String> all = List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n"));
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  private static String quote(String arg) {
    return arg.matches("[A-Za-z0-9_./=:,@+-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
  }
}
