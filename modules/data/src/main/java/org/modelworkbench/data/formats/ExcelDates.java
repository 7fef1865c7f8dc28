package org.modelworkbench.data.formats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Set;

/**
 * Excel stores dates as numbers of days with a date number format. This class tells from a cell's
 * number format whether it shows a date, a date and time, a time of day, or a number with decimal
 * places, and converts a date's serial number to the matching Java value.
 */
final class ExcelDates {
  /** What a number format shows. */
  enum Shows { NUMBER, DATE, DATE_TIME, TIME }

  private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
  private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
  private static final int SECONDS_PER_DAY = 86_400;
  /** Built-in number formats with decimal places: 0.00, #,##0.00, currencies, 0.00%, 0.00E+00, ##0.0E+0. */
  private static final Set<Integer> BUILT_IN_DECIMALS = Set.of(2, 4, 7, 8, 10, 11, 39, 40, 43,
      44, 48);

  private ExcelDates() {}

  /**
   * What a cell's number format shows.
   *
   * @param formatId the built-in or custom format id, or null
   * @param format the custom format code, or null
   */
  static Shows shows(Integer formatId, String format) {
    if (formatId != null) {
      int id = formatId;
      if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36)
          || (id >= 50 && id <= 58)) {
        return Shows.DATE;
      }
      if (id == 22) {
        return Shows.DATE_TIME;
      }
      if ((id >= 18 && id <= 21) || id == 32 || id == 33 || (id >= 45 && id <= 47)) {
        return Shows.TIME;
      }
      if (id < 164 && (format == null || format.isBlank())) {
        return Shows.NUMBER;
      }
    }
    return format == null ? Shows.NUMBER : showsCode(format);
  }

  /** Reads a custom format code such as {@code dd/mm/yyyy hh:mm} or {@code [$-407]d. mmmm yyyy}. */
  static Shows showsCode(String format) {
    String code = visibleTokens(format);
    boolean date = code.indexOf('y') >= 0 || code.indexOf('d') >= 0;
    boolean time = code.indexOf('h') >= 0 || code.indexOf('s') >= 0;
    boolean month = code.indexOf('m') >= 0;
    if (date && time) {
      return Shows.DATE_TIME;
    }
    if (date) {
      return Shows.DATE;
    }
    if (time) {
      return Shows.TIME;
    }
    return month ? Shows.DATE : Shows.NUMBER;
  }

  /**
   * Whether a number format (one that {@link #shows} reads as {@link Shows#NUMBER}) shows decimal
   * places, such as {@code 0.00}, {@code #,##0.0#} or the built-in {@code 0.00E+00}. A whole
   * number in such a cell was meant as a decimal (5.0 of a measurement), and Model Workbench
   * writes its decimal columns with one, so their whole values come back as decimals.
   *
   * @param formatId the built-in or custom format id, or null
   * @param format the custom format code, or null
   */
  static boolean showsDecimals(Integer formatId, String format) {
    if (format != null && !format.isBlank()) {
      String code = visibleTokens(format);
      int point = code.indexOf('.');
      return point >= 0 && point + 1 < code.length() && "0#?".indexOf(code.charAt(point + 1)) >= 0;
    }
    return formatId != null && BUILT_IN_DECIMALS.contains(formatId);
  }

  /** The first section of a format code in lower case, without quoted text, escapes and [..] parts. */
  private static String visibleTokens(String format) {
    StringBuilder out = new StringBuilder();
    boolean quoted = false;
    int bracket = 0;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (quoted) {
        quoted = c != '"';
      } else if (c == '"') {
        quoted = true;
      } else if (c == '\\' || c == '_' || c == '*') {
        i++;
      } else if (c == '[') {
        bracket++;
      } else if (c == ']') {
        bracket = Math.max(0, bracket - 1);
      } else if (c == ';') {
        break;
      } else if (bracket == 0) {
        out.append(Character.toLowerCase(c));
      } else if ("hms".indexOf(Character.toLowerCase(c)) >= 0) {
        out.append(Character.toLowerCase(c)); // elapsed time such as [h]:mm
      }
    }
    return out.toString().toLowerCase(Locale.ROOT).replace("general", "");
  }

  /**
   * Converts a serial date number.
   *
   * @param serial days since the workbook's epoch, the fraction being the time of day
   * @param date1904 whether the workbook counts from 1904 (old Mac workbooks)
   * @param shows what the cell's format shows; not {@link Shows#NUMBER}
   * @return a {@code LocalDate}, a {@code LocalDateTime}, or for a time of day its text such as
   *     {@code "08:30"}
   */
  static Object toValue(BigDecimal serial, boolean date1904, Shows shows) {
    long days = serial.setScale(0, RoundingMode.FLOOR).longValueExact();
    long seconds = serial.subtract(BigDecimal.valueOf(days)).multiply(BigDecimal.valueOf(SECONDS_PER_DAY))
        .setScale(0, RoundingMode.HALF_UP).longValue();
    if (seconds == SECONDS_PER_DAY) {
      days++;
      seconds = 0;
    }
    LocalTime time = LocalTime.ofSecondOfDay(seconds);
    if (shows == Shows.TIME) {
      return time.toString();
    }
    LocalDate date;
    if (date1904) {
      date = EPOCH_1904.plusDays(days);
    } else if (days < 61) {
      // Excel's 1900 system counts a 29 February 1900 that never was; before it, day 1 is 1 Jan 1900.
      date = EPOCH_1900.plusDays(days + 1);
    } else {
      date = EPOCH_1900.plusDays(days);
    }
    return shows == Shows.DATE ? date : date.atTime(time);
  }
}
