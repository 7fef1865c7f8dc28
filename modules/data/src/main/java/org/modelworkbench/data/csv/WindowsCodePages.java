package org.modelworkbench.data.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Map;

/**
 * Turns a detected ISO or standard character set into the Windows code page of the same script.
 *
 * <p>Text files that are not Unicode come, nearly always, from a program on Windows (a spreadsheet
 * saved as CSV, a database export), which writes its ANSI code page. The detectors cannot always
 * tell that code page from the ISO set it grew out of: they name ISO-8859-7 for Greek windows-1253
 * text, where the two differ only in a few letters such as {@code Ά}, and ISO-8859-2 for Polish
 * windows-1250 text without {@code ś} or {@code ź}. The WHATWG Encoding Standard, which browsers
 * follow for the same reason, reads ISO-8859-1, ISO-8859-9, Shift_JIS and EUC-KR as windows-1252,
 * windows-1254, windows-31j and windows-949; ISO-8859-2 and ISO-8859-7 are added here for the
 * Windows exports above. A file truly in the ISO set can still be read with an explicit charset.
 */
final class WindowsCodePages {
  private static final Map<String, String> WINDOWS = Map.of(
      "ISO-8859-1", "windows-1252",
      "ISO-8859-2", "windows-1250",
      "ISO-8859-7", "windows-1253",
      "ISO-8859-9", "windows-1254",
      "Shift_JIS", "windows-31j",
      "EUC-KR", "x-windows-949");

  private WindowsCodePages() {}

  /**
   * The Windows code page for a detected charset, when the bytes are valid in it; else the charset.
   *
   * @param detected the detected character set
   * @param sample the bytes it was detected from
   * @param wholeFile whether they are the whole file (else a character cut at their end is allowed)
   */
  static Charset preferred(Charset detected, byte[] sample, boolean wholeFile) {
    String windows = WINDOWS.get(detected.name());
    if (windows == null || !Charset.isSupported(windows)) {
      return detected;
    }
    Charset candidate = Charset.forName(windows);
    return decodes(candidate, sample, wholeFile) ? candidate : detected;
  }

  /** Whether the bytes are valid text in the charset, read as strictly as the importer reads. */
  static boolean decodes(Charset charset, byte[] bytes, boolean wholeFile) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(bytes.length + 16);
    // Without endOfInput a multi-byte character cut by the sample's end stays unread, not an error.
    CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, wholeFile);
    return !result.isError() && (!wholeFile || !decoder.flush(out).isError());
  }
}
