/**
 * Run reports for people: one self-contained HTML file or an A4 PDF, with charts.
 *
 * <p>Callers fill a {@link org.modelworkbench.report.ReportContent} and hand it to
 * {@link org.modelworkbench.report.HtmlReportWriter} or
 * {@link org.modelworkbench.report.PdfReportWriter}; {@link org.modelworkbench.report.ChartRenderer}
 * also renders the charts alone as PNG. Both writers format the same format-neutral document, built
 * once from the content, so the two files always hold the same sections in the same order. Every
 * other type here is an implementation detail and package-private.
 */
package org.modelworkbench.report;
