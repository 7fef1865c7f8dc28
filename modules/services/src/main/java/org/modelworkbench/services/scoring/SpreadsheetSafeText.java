package org.modelworkbench.services.scoring;

/**
 * Guards text written to CSV against spreadsheet formula injection: Excel, LibreOffice and Google
 * Sheets run a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} (and after a tab
 * or carriage return) as a formula, so a ticket text such as {@code =HYPERLINK(...)} would turn
 * into a live link or command when an analyst opens the predictions. Such a value gets a leading
 * apostrophe, which spreadsheets show as plain text (OWASP's advice). A plain number such as
 * {@code -3.5} is left as it is, since a minus sign there is the value itself.
 */
final class SpreadsheetSafeText {
  private SpreadsheetSafeText() {}

  /** The value as it may be written to a CSV cell that people open in a spreadsheet. */
  static String guard(String value) {
    if (value == null || value.isEmpty()) {
      return value == null ? "" : value;
    }
    char first = value.charAt(0);
    boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    if (!risky || isNumber(value)) {
      return value;
    }
    return "'" + value;
  }

  private static boolean isNumber(String value) {
    // A number as a spreadsheet reads it: sign, digits, one point, an exponent; nothing else.
    return value.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  }
}
