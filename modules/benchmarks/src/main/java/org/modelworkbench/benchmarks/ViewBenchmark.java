package org.modelworkbench.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.QualityFinding;
import org.modelworkbench.model.QualityReport;
import org.modelworkbench.model.RowFilter;
import org.modelworkbench.model.RowQuery;
import org.modelworkbench.model.RowSort;
import org.modelworkbench.model.RowView;
import org.modelworkbench.services.Workbench;

/**
 * The browsing benchmark: what the dataset window asks of a million-row dataset. Imports
 * {@link ViewBenchmarkCsv}'s file once into {@code <work>/view-project} (kept for later runs), then
 * times, through the services the window uses:
 * <ul>
 *   <li>sorting by every kind of column and a few filters, each query several times in a row, in a
 *       project session opened in a new JVM and again in a new session once the JIT is warm (the
 *       first call of a query in a session sorts; later ones may reuse what the session kept);
 *   <li>the data-quality check the Quality tab runs the first time it is opened, each time on a
 *       fresh copy of the project (so no stored report short-cuts it), printing its findings.
 * </ul>
 */
public final class ViewBenchmark {
  private static final String DATASET = "view";

  private ViewBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args optional: the row count (default 1,000,000), a work folder (default
   *     {@code /tmp/wb-view-bench}), how many times each step runs (default 4), and
   *     {@code sort}, {@code quality} or {@code all} (default) for the part to run
   * @throws Exception when a step fails
   */
  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path work = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "/tmp/wb-view-bench"));
    int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    String part = args.length > 3 ? args[3] : "all";
    Path project = work.resolve("view-project");
    ensureImported(work, project, rows);
    if (!part.equals("quality")) {
      timeViews(project, repeats);
    }
    if (!part.equals("sort")) {
      timeQuality(work, project, repeats);
    }
  }

  private static void ensureImported(Path work, Path project, int rows) throws IOException {
    if (Files.isDirectory(project)) {
      try (Workbench workbench = Workbench.open(project)) {
        // A stored quality report (say from the command line's profile) would spare the timed check.
        if (workbench.datasets().list().stream().anyMatch(d -> d.name().equals(DATASET) && d.rows() == rows
            && workbench.quality().storedReport(d).isEmpty())) {
          return;
        }
      }
      BenchFiles.deleteTree(project);
    }
    Path csv = work.resolve("view-benchmark.csv");
    long started = System.nanoTime();
    ViewBenchmarkCsv.write(csv, rows);
    System.out.printf(Locale.ROOT, "Wrote %s (%,d rows) in %.1f s%n", csv, rows, seconds(started));
    try (Workbench workbench = Workbench.open(project)) {
      started = System.nanoTime();
      workbench.datasets().importCsv(csv, DATASET, false, ProgressListener.NONE, CancellationToken.none());
      System.out.printf(Locale.ROOT, "Imported it in %.1f s%n", seconds(started));
    }
    Files.delete(csv);
  }

  /**
   * Times each query {@code repeats} times in a row, twice: in a project session opened in this
   * fresh JVM, then in a new session of the same project (nothing kept from the first) once the JIT
   * has seen every query.
   */
  private static void timeViews(Path project, int repeats) {
    List<RowQuery> queries = new ArrayList<>();
    for (String column : List.of("ref", "product", "city", "id", "amount", "signup", "active")) {
      queries.add(new RowQuery(new RowSort(column, true), List.of()));
      queries.add(new RowQuery(new RowSort(column, false), List.of()));
    }
    queries.add(new RowQuery(null, List.of(new RowFilter.Contains("ref", "ab"))));
    queries.add(new RowQuery(new RowSort("ref", true), List.of(new RowFilter.Contains("city", "a"))));
    queries.add(new RowQuery(null, List.of(new RowFilter.Between("amount", 100, true, 200, false))));
    for (String round : List.of("new JVM", "warm JVM, new project session")) {
      try (Workbench workbench = Workbench.open(project)) {
        DatasetInfo dataset = workbench.datasets().find(DATASET);
        System.out.printf(Locale.ROOT, "%nSorting and filtering %,d rows, %s (load average %.2f): ms per call,"
            + " then the rows kept%n", dataset.rows(), round, loadAverage());
        for (RowQuery query : queries) {
          List<String> times = new ArrayList<>();
          int kept = 0;
          for (int i = 0; i < repeats; i++) {
            long started = System.nanoTime();
            RowView view = workbench.datasets().view(dataset, query, CancellationToken.none());
            view.rows(view.rowCount() / 2, 250);
            times.add(String.valueOf((System.nanoTime() - started) / 1_000_000));
            kept = view.rowCount();
          }
          System.out.printf(Locale.ROOT, "  %-44s %-22s %,9d%n", describe(query), String.join(", ", times), kept);
        }
      }
    }
  }

  private static String describe(RowQuery query) {
    StringBuilder text = new StringBuilder();
    if (query.sort() != null) {
      text.append("sort ").append(query.sort().column()).append(query.sort().ascending() ? " asc" : " desc");
    }
    for (RowFilter filter : query.filters()) {
      text.append(text.length() == 0 ? "" : ", ").append(describe(filter));
    }
    return text.toString();
  }

  private static String describe(RowFilter filter) {
    if (filter instanceof RowFilter.Contains contains) {
      return contains.column() + " contains '" + contains.text() + "'";
    }
    if (filter instanceof RowFilter.Between between) {
      return between.column() + " in [" + between.min() + ", " + between.max() + ")";
    }
    return filter.toString();
  }

  private static void timeQuality(Path work, Path project, int repeats) throws IOException {
    System.out.printf(Locale.ROOT, "%nData-quality check of the dataset, each on a fresh copy of the project%n");
    Path copy = work.resolve("quality-copy");
    String first = null;
    for (int i = 0; i < repeats; i++) {
      BenchFiles.deleteTree(copy);
      copyTree(project, copy);
      try (Workbench workbench = Workbench.open(copy)) {
        DatasetInfo dataset = workbench.datasets().find(DATASET);
        double load = loadAverage();
        long started = System.nanoTime();
        QualityReport report = workbench.quality().datasetReport(dataset);
        System.out.printf(Locale.ROOT, "  run %d: %,d ms (load average %.2f)%n", i + 1,
            (System.nanoTime() - started) / 1_000_000, load);
        String findings = describe(report);
        if (first == null) {
          first = findings;
          System.out.print(findings);
        } else if (!first.equals(findings)) {
          throw new IllegalStateException("The findings differ between runs:\n" + findings);
        }
      }
    }
    BenchFiles.deleteTree(copy);
  }

  private static String describe(QualityReport report) {
    StringBuilder text = new StringBuilder();
    for (QualityFinding f : report.findings()) {
      text.append("    ").append(f.severity()).append(' ').append(f.code()).append(' ').append(f.column())
          .append(" (").append(f.count()).append("): ").append(f.message()).append('\n');
    }
    return text.toString();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }
}
