package org.modelworkbench.data.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds the character set of a file that the user did not name one for.
 *
 * <ul>
 *   <li>a byte order mark decides: {@code EF BB BF} is UTF-8, {@code FF FE} UTF-16 little-endian,
 *       {@code FE FF} UTF-16 big-endian;
 *   <li>otherwise the file is UTF-8 when its first {@value #PROBE_BYTES} bytes are valid UTF-8;
 *   <li>when they are not, {@link LegacyCharsetDetector} names the legacy charset (windows-1251,
 *       Shift_JIS, ...), windows-1252 when it has no answer. A UTF-8 guess that meets invalid bytes
 *       later in the file is retried by the importer with the charset {@link #detectPastStart}
 *       finds in the whole file (see {@link Guess#mayFallBack()}).
 * </ul>
 */
final class CharsetDetection {
  /** The single-byte character set used when the bytes are not UTF-8 and no detector knows better. */
  static final Charset WINDOWS_1252 = LegacyCharsetDetector.FALLBACK;
  /** How many bytes of the file's start are checked for UTF-8. */
  static final int PROBE_BYTES = 1 << 16;

  private CharsetDetection() {}

  /**
   * A detected character set.
   *
   * @param charset the character set to read with
   * @param mayFallBack true when it is a UTF-8 guess without a byte order mark, which may still
   *     turn out wrong further into the file
   */
  record Guess(Charset charset, boolean mayFallBack) {}

  /** Detects the character set of a file's content (decompressed when it is gzip). */
  static Guess detect(SourceFile file) throws IOException {
    byte[] start;
    try (InputStream in = file.openContent()) {
      start = in.readNBytes(PROBE_BYTES);
    }
    return detect(start, start.length < PROBE_BYTES);
  }

  /**
   * Detects the character set from the first bytes of a file.
   *
   * @param start the first bytes
   * @param wholeFile whether they are the whole file, so a cut multi-byte character at their end
   *     cannot be blamed on the cut
   */
  static Guess detect(byte[] start, boolean wholeFile) {
    if (startsWith(start, 0xEF, 0xBB, 0xBF)) {
      return new Guess(StandardCharsets.UTF_8, false);
    }
    if (startsWith(start, 0xFF, 0xFE)) {
      return new Guess(StandardCharsets.UTF_16LE, false);
    }
    if (startsWith(start, 0xFE, 0xFF)) {
      return new Guess(StandardCharsets.UTF_16BE, false);
    }
    if (isUtf8(start, wholeFile)) {
      return new Guess(StandardCharsets.UTF_8, true);
    }
    return new Guess(LegacyCharsetDetector.detect(HighByteLines.of(start)), false);
  }

  /**
   * Detects the legacy charset of a file whose start looked like UTF-8 but that turned out not to
   * be: from the telling lines of the whole file, since its start is likely plain ASCII.
   */
  static Charset detectPastStart(SourceFile file) throws IOException {
    try (InputStream in = file.openContent()) {
      return LegacyCharsetDetector.detect(HighByteLines.of(in));
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUtf8(byte[] bytes, boolean wholeFile) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int length = wholeFile ? bytes.length : withoutCutCharacter(bytes);
    try {
      decoder.decode(ByteBuffer.wrap(bytes, 0, length));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** The length without a multi-byte character that the probe's end may have cut in two. */
  private static int withoutCutCharacter(byte[] bytes) {
    int end = bytes.length;
    // A UTF-8 character is at most 4 bytes: step back over continuation bytes to its lead byte.
    for (int back = 1; back <= 4 && end - back >= 0; back++) {
      int b = bytes[end - back] & 0xff;
      if ((b & 0xC0) != 0x80) {
        return (b & 0x80) == 0 ? end : end - back;
      }
    }
    return end;
  }
}
