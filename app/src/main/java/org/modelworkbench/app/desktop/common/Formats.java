package org.modelworkbench.app.desktop.common;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How numbers, times and durations read on screen. */
public final class Formats {
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private Formats() {}

  /** A count with thousands separators: {@code 12,345}. */
  public static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** A metric or statistic with up to 4 significant decimals: {@code 0.9667}, {@code 12.5}. */
  public static String number(Double value) {
    if (value == null || value.isNaN()) {
      return "–";
    }
    if (value.isInfinite()) {
      return value > 0 ? "∞" : "-∞";
    }
    double abs = Math.abs(value);
    String pattern = abs >= 1000 ? "#,##0.#" : abs >= 10 ? "0.##" : "0.####";
    return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
  }

  /** A metric with three decimals ({@code 0.971}, {@code 1.000}); large values as {@link #number}. */
  public static String metric(Double value) {
    if (value == null || value.isNaN() || value.isInfinite() || Math.abs(value) >= 10) {
      return number(value);
    }
    return String.format(Locale.ROOT, "%.3f", value);
  }

  /** A signed difference: {@code +0.0200}, {@code -1.5}, or an empty text for no difference. */
  public static String delta(Double value) {
    if (value == null || value.isNaN()) {
      return "";
    }
    if (value == 0) {
      return "±0";
    }
    return (value > 0 ? "+" : "") + number(value);
  }

  /** A count with its noun, singular for one: {@code 1 epoch}, {@code 30 epochs}, {@code 1,200 rows}. */
  public static String counted(long value, String singular, String plural) {
    return count(value) + " " + (value == 1 ? singular : plural);
  }

  /** A dataset's version as the window names it: {@code penguins · version 1}. */
  public static String datasetVersion(String name, int version) {
    return name + " · version " + version;
  }

  /**
   * A compute device as people name it: its recorded name ({@code CPU (amd64, 2 cores)}, a GPU's
   * model), else the engine's id in words ({@code cpu()} as {@code CPU}, {@code gpu(0)} as
   * {@code GPU 0}); "–" when none was recorded.
   */
  public static String device(org.modelworkbench.model.DeviceInfo device) {
    if (device == null) {
      return "–";
    }
    if (device.name() != null && !device.name().isBlank()) {
      return device.name();
    }
    return deviceId(device.id());
  }

  /** A device with why it differs from the one asked for, when it does: {@code CPU (no GPU found)}. */
  public static String deviceWithNote(org.modelworkbench.model.DeviceInfo device) {
    String name = device(device);
    return device == null || device.note() == null || device.note().isBlank() ? name : name + " (" + device.note() + ")";
  }

  /** An engine device id or a device request in words: {@code cpu()} and {@code cpu} as CPU, {@code gpu(1)} and {@code gpu:1} as GPU 1, auto as Auto. */
  public static String deviceId(String id) {
    if (id == null || id.isBlank()) {
      return "–";
    }
    java.util.regex.Matcher gpu = java.util.regex.Pattern.compile("gpu(?:\\((\\d+)\\)|:(\\d+))?",
        java.util.regex.Pattern.CASE_INSENSITIVE).matcher(id.strip());
    if (gpu.matches()) {
      String index = gpu.group(1) != null ? gpu.group(1) : gpu.group(2);
      return index == null ? "GPU" : "GPU " + index;
    }
    String plain = id.strip().toLowerCase(Locale.ROOT);
    if (plain.equals("cpu") || plain.equals("cpu()")) {
      return "CPU";
    }
    if (plain.equals("auto")) {
      return "Auto";
    }
    return id;
  }

  /** A share as a percentage with one decimal: {@code 33.3%}. */
  public static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  /** A moment in local time: {@code 2026-11-28 18:52}. */
  public static String dateTime(Instant instant) {
    return instant == null ? "–" : DATE_TIME.format(instant.atZone(ZoneId.systemDefault()));
  }

  /**
   * A duration the way people say it ({@code 45 s}, {@code 3 min 5 s}, {@code 1 h 2 min}), in the
   * words the reports use too ({@link org.modelworkbench.model.Durations#spoken}).
   */
  public static String duration(long millis) {
    return millis < 0 ? "–" : org.modelworkbench.model.Durations.spoken(Duration.ofMillis(millis));
  }

  /**
   * A statistic of a column in the column's own terms: dates from epoch days, timestamps from
   * epoch seconds, numbers as numbers.
   */
  public static String statistic(Double value, org.modelworkbench.model.ColumnType type) {
    if (value == null || value.isNaN()) {
      return "–";
    }
    return switch (type) {
      case DATE -> LocalDate.ofEpochDay(Math.round(value)).toString();
      case TIMESTAMP -> LocalDateTime.ofEpochSecond(Math.round(value), 0, ZoneOffset.UTC).toString();
      default -> number(value);
    };
  }

  /** A dataset version as a list shows it: {@code loans · version 2 · 40,000 rows}. */
  public static String dataset(org.modelworkbench.model.DatasetInfo dataset) {
    return dataset == null ? "" : datasetVersion(dataset.name(), dataset.version()) + " · " + count(dataset.rows())
        + " rows";
  }

  /**
   * Dataset versions in the order a list offers them: by name, each dataset's newest version first
   * ({@code loans · version 3}, {@code loans · version 2}, ...).
   */
  public static java.util.List<org.modelworkbench.model.DatasetInfo> latestVersionsFirst(
      java.util.Collection<org.modelworkbench.model.DatasetInfo> datasets) {
    return datasets.stream().sorted(java.util.Comparator
            .comparing((org.modelworkbench.model.DatasetInfo d) -> d.name().toLowerCase(java.util.Locale.ROOT))
            .thenComparing(org.modelworkbench.model.DatasetInfo::name)
            .thenComparing(java.util.Comparator.comparingInt(org.modelworkbench.model.DatasetInfo::version).reversed()))
        .toList();
  }

  /** A cell value of a data table. */
  public static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        return d.toString();
      }
      return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    return value.toString();
  }
}
