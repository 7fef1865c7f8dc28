package org.modelworkbench.services.datasets;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.modelworkbench.data.csv.TypedRowSink;
import org.modelworkbench.data.infer.TextShape;
import org.modelworkbench.data.infer.TextTyping;
import org.modelworkbench.data.profile.ColumnProfiler;
import org.modelworkbench.data.profile.NumberProfileBuilder;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ColumnBatch;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.store.DatasetAppender;
import org.modelworkbench.store.DatasetRepository;

/**
 * Writes the rows of a one-pass CSV import into a new dataset version's columnar files, watches
 * the columns of strings to tell free text from categories ({@link TextShape}), and gathers the
 * number columns' profiles (count, range, mean, spread, distinct values) while writing
 * so that only their histograms read the files again. Closing it without a commit keeps nothing.
 */
final class ColumnarImportSink implements TypedRowSink, AutoCloseable {
  private static final int PROFILE_THREADS = 2;

  private final DatasetRepository datasets;
  private final String name;
  private final Map<String, ColumnType> typeOverrides;
  private DatasetAppender appender;
  private TextShape[] shapes;
  private NumberProfileBuilder[] builders;
  private ColumnType[] types;
  private DatasetInfo alreadyStored;

  /**
   * Prepares the import of one file.
   *
   * @param datasets where the dataset goes
   * @param name the dataset name
   */
  ColumnarImportSink(DatasetRepository datasets, String name) {
    this(datasets, name, Map.of());
  }

  /**
   * Prepares the import of one file with some columns' types given.
   *
   * @param datasets where the dataset goes
   * @param name the dataset name
   * @param typeOverrides text or categorical by column name; the other columns of strings are
   *     typed from their values (see {@link TextTyping})
   */
  ColumnarImportSink(DatasetRepository datasets, String name, Map<String, ColumnType> typeOverrides) {
    this.datasets = datasets;
    this.name = name;
    this.typeOverrides = Map.copyOf(typeOverrides);
  }

  @Override
  public boolean hashKnown(String sha256) {
    alreadyStored = datasets.findByContent(name, sha256).orElse(null);
    if (alreadyStored != null) {
      discard();
    }
    return alreadyStored == null;
  }

  @Override
  public void begin(List<ColumnSchema> columns) {
    discard();
    TextTyping.check(columns, typeOverrides);
    appender = datasets.openAppender(name, columns);
    int n = columns.size();
    builders = new NumberProfileBuilder[n];
    types = new ColumnType[n];
    shapes = new TextShape[n];
    for (int c = 0; c < n; c++) {
      types[c] = columns.get(c).type();
      if (types[c] == ColumnType.CATEGORICAL && !typeOverrides.containsKey(columns.get(c).name())) {
        shapes[c] = new TextShape();
      }
      if (!types[c].holdsStrings() && types[c] != ColumnType.BOOLEAN) {
        builders[c] = new NumberProfileBuilder(columns.get(c));
      }
    }
  }

  @Override
  public void row(Object[] values) {
    appender.append(values);
    for (int c = 0; c < values.length; c++) {
      Object v = values[c];
      if (shapes[c] != null && v != null) {
        shapes[c].accept((String) v);
      }
      NumberProfileBuilder builder = builders[c];
      if (v == null || builder == null) {
        continue;
      }
      switch (types[c]) {
        case INTEGER -> {
          long x = (Long) v;
          builder.add(x, x);
        }
        case DECIMAL -> {
          double x = (Double) v;
          builder.add(x, Double.doubleToLongBits(x));
        }
        case DATE -> {
          long day = ((LocalDate) v).toEpochDay();
          builder.add(day, day);
        }
        case TIMESTAMP -> {
          LocalDateTime t = (LocalDateTime) v;
          long seconds = t.toEpochSecond(ZoneOffset.UTC);
          builder.add(seconds, seconds * 1_000_000_000L + t.getNano());
        }
        default -> throw new IllegalStateException("No number profile for " + types[c]);
      }
    }
  }

  @Override
  public void rows(ColumnBatch batch) {
    appender.append(batch);
    int n = batch.size();
    for (int c = 0; c < builders.length; c++) {
      if (shapes[c] != null) {
        String[] texts = batch.texts(c);
        boolean[] gaps = batch.missing(c);
        for (int r = 0; r < n; r++) {
          if (!gaps[r]) {
            shapes[c].accept(texts[r]);
          }
        }
      }
      NumberProfileBuilder builder = builders[c];
      if (builder == null) {
        continue;
      }
      boolean[] gaps = batch.missing(c);
      switch (types[c]) {
        case INTEGER, DATE -> {
          long[] v = batch.longs(c);
          for (int r = 0; r < n; r++) {
            if (!gaps[r]) {
              builder.add(v[r], v[r]);
            }
          }
        }
        case DECIMAL -> {
          double[] v = batch.doubles(c);
          for (int r = 0; r < n; r++) {
            if (!gaps[r]) {
              builder.add(v[r], Double.doubleToLongBits(v[r]));
            }
          }
        }
        case TIMESTAMP -> {
          long[] seconds = batch.longs(c);
          int[] nanos = batch.nanos(c);
          for (int r = 0; r < n; r++) {
            if (!gaps[r]) {
              builder.add(seconds[r], seconds[r] * 1_000_000_000L + nanos[r]);
            }
          }
        }
        default -> throw new IllegalStateException("No number profile for " + types[c]);
      }
    }
  }

  @Override
  public boolean widenToDecimal(int column) {
    appender.widenToDecimal(column);
    types[column] = ColumnType.DECIMAL;
    // The values so far were gathered as whole numbers; this column is profiled from its file.
    builders[column] = null;
    return true;
  }

  @Override
  public void restart() {
    discard();
  }

  /** The stored version with the same content under this name, once the hash said so; else null. */
  DatasetInfo alreadyStored() {
    return alreadyStored;
  }

  /**
   * Profiles every column: number columns from what was gathered plus a histogram scan, the others
   * (and widened columns) from their files. The columns are profiled on {@value #PROFILE_THREADS}
   * threads, each reading its own columns' files.
   *
   * @param cancel checked before each column; may be null
   */
  List<ColumnProfile> profiles(CancellationToken cancel) {
    List<ColumnSchema> typed = TextTyping.decide(appender.columns(), typeOverrides,
        c -> shapes[c] != null && shapes[c].looksLikeText());
    for (int c = 0; c < typed.size(); c++) {
      if (typed.get(c).type() != appender.columns().get(c).type()) {
        appender.relabel(c, typed.get(c).type());
      }
    }
    appender.finishAppending();
    List<ColumnSchema> columns = appender.columns();
    ExecutorService pool = Executors.newFixedThreadPool(PROFILE_THREADS, task -> {
      Thread t = new Thread(task, "dataset-profile");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<ColumnProfile>> futures = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        int column = c;
        futures.add(pool.submit(() -> {
          if (cancel != null) {
            cancel.throwIfCancelled();
          }
          return profile(column, columns.get(column));
        }));
      }
      List<ColumnProfile> profiles = new ArrayList<>();
      for (Future<ColumnProfile> f : futures) {
        profiles.add(result(f));
      }
      return profiles;
    } finally {
      pool.shutdownNow();
    }
  }

  private ColumnProfile profile(int column, ColumnSchema schema) {
    ColumnType type = schema.type();
    long missing = appender.missing(column);
    if (type.holdsStrings() || type == ColumnType.BOOLEAN) {
      return ColumnProfiler.profileCounts(schema, missing, counts -> appender.forEachCount(column, counts));
    }
    if (builders[column] != null) {
      return builders[column].finish(missing, visitor -> appender.forEachNumber(column, visitor::accept));
    }
    return ColumnProfiler.profileNumbers(schema, missing, visitor -> appender.forEachNumber(column, visitor::accept));
  }

  /** A profile task's result, with its failure (a cancel, an unreadable file) thrown as it was. */
  private static ColumnProfile result(Future<ColumnProfile> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("Interrupted while profiling");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("Profiling failed", cause);
    }
  }

  /** The appender holding the rows; only after the rows were received. */
  DatasetAppender appender() {
    return appender;
  }

  private void discard() {
    if (appender != null) {
      appender.close();
      appender = null;
    }
  }

  /** Deletes the rows unless they were committed. */
  @Override
  public void close() {
    discard();
  }
}
