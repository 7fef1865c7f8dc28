package org.modelworkbench.data.csv;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Names the legacy (non-Unicode) character set of text that is not UTF-8, from its telling lines
 * (see {@link HighByteLines}), with two maintained detectors, each where it was measured right
 * (decision 0005):
 *
 * <ol>
 *   <li>juniversalchardet's multi-byte answer (Shift_JIS, EUC-JP, GB18030, Big5, EUC-KR): it read
 *       short Japanese files right where ICU4J named windows-1252 for nearly all of them;
 *   <li>else ICU4J's answer when it is a Latin code page (windows-1250, windows-1252, Turkish):
 *       juniversalchardet has no Central European model at all and reads Polish as windows-1252
 *       and Czech as windows-1251;
 *   <li>else juniversalchardet's single-byte answer (Cyrillic, Greek, Hebrew, Thai): on one-row
 *       Cyrillic files ICU4J often named Hebrew or Arabic;
 *   <li>else ICU4J's first answer, Unicode ones left out (a byte order mark would have decided);
 *   <li>else windows-1252.
 * </ol>
 *
 * <p>A name Java does not know, or a charset the bytes are not valid in, counts as no answer, and
 * an ISO answer becomes its Windows code page where the bytes allow (see {@link WindowsCodePages}).
 * An answer that reads symbols into the middle of words ({@code Wroc³aw}) gives way to the next
 * candidate that does not (see {@link BrokenWords}).
 */
final class LegacyCharsetDetector {
  /** The answer when the detectors have none. */
  static final Charset FALLBACK = Charset.forName("windows-1252");

  /** Multi-byte East Asian charsets, by the names juniversalchardet gives them. */
  private static final Set<String> MULTI_BYTE = Set.of("SHIFT_JIS", "EUC-JP", "ISO-2022-JP", "GB18030",
      "GBK", "BIG5", "EUC-TW", "HZ-GB-2312", "ISO-2022-CN", "EUC-KR", "ISO-2022-KR");
  /** Latin-alphabet code pages, by Java's canonical names. */
  private static final Set<String> LATIN = Set.of("windows-1250", "windows-1252", "windows-1254");

  private LegacyCharsetDetector() {}

  /**
   * Detects the charset of bytes that are not UTF-8.
   *
   * @param sample the lines holding bytes above 127 (a multi-byte character may be cut at its end)
   * @return the charset to read the file with; {@link #FALLBACK} when no detector has an answer
   */
  static Charset detect(byte[] sample) {
    if (sample.length == 0) {
      return FALLBACK;
    }
    String universal = universal(sample);
    Optional<Charset> byUniversal = usable(universal, sample);
    if (byUniversal.isPresent() && MULTI_BYTE.contains(universal.toUpperCase(Locale.ROOT))) {
      return byUniversal.get();
    }
    List<Charset> byIcu = icu(sample);
    Charset chosen;
    if (!byIcu.isEmpty() && LATIN.contains(byIcu.get(0).name())) {
      chosen = byIcu.get(0);
    } else {
      chosen = byUniversal.orElse(byIcu.isEmpty() ? FALLBACK : byIcu.get(0));
    }
    return withoutBrokenWords(chosen, byUniversal, byIcu, sample);
  }

  /**
   * The chosen charset, unless it breaks words (see {@link BrokenWords}) and another candidate of
   * the detectors, in ICU4J's order of confidence, reads the bytes with none.
   */
  private static Charset withoutBrokenWords(Charset chosen, Optional<Charset> byUniversal, List<Charset> byIcu,
      byte[] sample) {
    if (BrokenWords.count(new String(sample, chosen)) == 0) {
      return chosen;
    }
    List<Charset> others = new ArrayList<>(byIcu);
    byUniversal.ifPresent(others::add);
    for (Charset other : others) {
      if (!other.equals(chosen) && BrokenWords.count(new String(sample, other)) == 0) {
        return other;
      }
    }
    return chosen;
  }

  private static String universal(byte[] sample) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(sample, 0, sample.length);
    detector.dataEnd();
    return detector.getDetectedCharset();
  }

  /** ICU4J's non-Unicode answers that the bytes are valid in, as Java knows them, most confident first. */
  private static List<Charset> icu(byte[] sample) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(sample);
    List<Charset> out = new ArrayList<>();
    for (CharsetMatch match : detector.detectAll()) {
      if (!match.getName().startsWith("UTF-")) {
        usable(match.getName(), sample).filter(c -> !out.contains(c)).ifPresent(out::add);
      }
    }
    return out;
  }

  /** The named charset (its Windows code page where that fits), if Java has it and the bytes are valid in it. */
  private static Optional<Charset> usable(String name, byte[] sample) {
    try {
      if (name == null || !Charset.isSupported(name)) {
        return Optional.empty();
      }
    } catch (IllegalCharsetNameException e) {
      return Optional.empty();
    }
    Charset charset = WindowsCodePages.preferred(Charset.forName(name), sample, false);
    return WindowsCodePages.decodes(charset, sample, false) ? Optional.of(charset) : Optional.empty();
  }
}
