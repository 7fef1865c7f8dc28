package org.modelworkbench.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a run report as one self-contained HTML file.
 *
 * <p>The file needs nothing else to display: styles are inline, charts are embedded as PNG data
 * URIs, there are no scripts and no links to the network. It prints well on A4: sections flow on
 * without forced page breaks, a heading stays with its chart, and table headers repeat. Every piece
 * of text from the data is HTML-escaped. Times are shown in the machine's time zone.
 */
public final class HtmlReportWriter {
  private static final Logger LOG = LoggerFactory.getLogger(HtmlReportWriter.class);

  /** Creates a writer; it holds no state and may be reused. */
  public HtmlReportWriter() {}

  /**
   * Writes the report, replacing any file already at {@code out}.
   *
   * @param content what the report shows
   * @param out the HTML file to write; missing parent folders are created
   * @throws org.modelworkbench.model.WorkbenchException when the file cannot be written
   */
  public void write(ReportContent content, Path out) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(out, "out");
    ReportDocument document = new ReportAssembler(ZoneId.systemDefault()).assemble(content);
    byte[] html = new HtmlRenderer().render(document).getBytes(StandardCharsets.UTF_8);
    ReportFiles.write(out, stream -> stream.write(html));
    LOG.info("Wrote HTML report {} ({} KB)", out, html.length / 1024);
  }
}
