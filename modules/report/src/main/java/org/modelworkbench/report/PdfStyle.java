package org.modelworkbench.report;

import java.awt.Color;

/** Colours and type sizes of the PDF, matching the HTML report's style sheet. */
final class PdfStyle {
  /** Headings, table headers and tile values. */
  static final Color ACCENT = ChartStyle.PRIMARY;
  /** Tile background. */
  static final Color ACCENT_SOFT = new Color(0xEE, 0xF3, 0xF8);
  /** Body text. */
  static final Color TEXT = new Color(0x1F, 0x29, 0x37);
  /** Secondary text and labels. */
  static final Color MUTED = new Color(0x5B, 0x64, 0x72);
  /** Thin rules between rows. */
  static final Color RULE = new Color(0xDD, 0xE1, 0xE6);
  /** Every other table row. */
  static final Color ZEBRA = new Color(0xF7, 0xF9, 0xFB);
  /** Notice background. */
  static final Color NOTICE = new Color(0xFF, 0xF4, 0xE5);
  /** Notice edge. */
  static final Color NOTICE_EDGE = ChartStyle.SECONDARY;

  /** Report title. */
  static final float TITLE = 22f;
  /** Section headings. */
  static final float SECTION = 17f;
  /** Headings inside sections. */
  static final float SUBHEADING = 12.5f;
  /** Running text. */
  static final float BODY = 10f;
  /** Secondary text. */
  static final float SMALL = 9f;
  /** Tables and fact lists. */
  static final float TABLE = 9f;
  /** Line height as a multiple of the font size. */
  static final float LEADING = 1.3f;

  private PdfStyle() {}
}
