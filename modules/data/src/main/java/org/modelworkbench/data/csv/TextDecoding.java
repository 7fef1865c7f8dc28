package org.modelworkbench.data.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/** Opens bytes as text for the CSV reader. */
final class TextDecoding {
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final int BUFFER_CHARS = 1 << 16;

  private TextDecoding() {}

  /**
   * Decodes bytes strictly and skips a leading byte order mark.
   *
   * <p>Bytes that are not valid in the charset fail the read rather than turning into replacement
   * characters, so a file in another encoding is reported instead of imported garbled.
   */
  static BufferedReader open(InputStream bytes, Charset charset) throws IOException {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    BufferedReader reader = new BufferedReader(new InputStreamReader(bytes, decoder), BUFFER_CHARS);
    reader.mark(1);
    if (reader.read() != BYTE_ORDER_MARK) {
      reader.reset();
    }
    return reader;
  }
}
