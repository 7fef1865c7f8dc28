package org.modelworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlEscaperTest {

  @Test
  void escapesMarkupAndQuotes() {
    assertThat(HtmlEscaper.escape("<script>alert(1)</script>"))
        .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(HtmlEscaper.escape("&\"'")).isEqualTo("&amp;&quot;&#39;");
  }

  @Test
  void keepsOrdinaryAndNonLatinText() {
    assertThat(HtmlEscaper.escape("Ünïcødé 中文 \uD83D\uDE00")).isEqualTo("Ünïcødé 中文 \uD83D\uDE00");
    assertThat(HtmlEscaper.escape(null)).isEmpty();
  }

  @Test
  void replacesCharactersHtmlForbids() {
    assertThat(HtmlEscaper.escape("a\u0000b\u0007c\tz")).isEqualTo("a\uFFFDb\uFFFDc\tz");
    assertThat(HtmlEscaper.escape("lone \uD83D")).isEqualTo("lone \uFFFD");
  }
}
