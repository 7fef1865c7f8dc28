package org.modelworkbench.store.columnar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;

/**
 * A free-text column of many long, different texts is written with a bounded dictionary in memory
 * and read back whole, by range and streamed with counts.
 */
class TextColumnFilesTest {
  private static final int ROWS = 30_000;
  private static final ColumnSchema REVIEW = new ColumnSchema("review", ColumnType.TEXT);

  @TempDir Path dir;

  /** About 600 characters each, all different but the first few, which repeat. */
  private static List<String> texts() {
    Random random = new Random(5);
    String[] words = {"delivery", "refund", "broken", "excellent", "kettle", "the", "was", "and", "never", "again",
        "support", "quickly", "colour", "package", "arrived", "late"};
    List<String> out = new ArrayList<>();
    for (int r = 0; r < ROWS; r++) {
      if (r < 100) {
        out.add("A short repeated ticket number " + r % 10);
        continue;
      }
      StringBuilder sb = new StringBuilder("Ticket ").append(r).append(':');
      while (sb.length() < 600) {
        sb.append(' ').append(words[random.nextInt(words.length)]);
      }
      out.add(sb.toString());
    }
    return out;
  }

  @Test
  void manyLongTextsKeepTheDictionaryInMemoryBounded() throws IOException {
    List<String> texts = texts();
    try (ColumnWriter writer = new ColumnWriter(dir, 0, REVIEW)) {
      for (int r = 0; r < ROWS; r++) {
        writer.append(r % 1000 == 7 ? null : texts.get(r));
      }
      assertThat(writer.rememberedChars()).isLessThanOrEqualTo(ColumnWriter.DICTIONARY_CHARS);
      assertThat(texts.stream().mapToLong(String::length).sum()).isGreaterThan(4 * ColumnWriter.DICTIONARY_CHARS);
      assertThat(writer.missing()).isEqualTo(ROWS / 1000);
    }
    // The repeated texts share entries; the rest each have one.
    long entries = Files.size(ColumnarFiles.dictionaryIndex(dir, 0)) / 8 - 1;
    long missingLongTexts = java.util.stream.IntStream.range(100, ROWS).filter(r -> r % 1000 == 7).count();
    assertThat(entries).isEqualTo(10 + (ROWS - 100 - missingLongTexts));

    ColumnarReader reader = new ColumnarReader(dir, List.of(REVIEW), ROWS);
    DataTable page = reader.read(20_000, 3);
    assertThat(page.columns()).containsExactly(REVIEW);
    assertThat(page.value(0, 0)).isEqualTo(texts.get(20_000));
    assertThat(page.value(2, 0)).isEqualTo(texts.get(20_002));
    DataTable all = reader.read(0, -1);
    for (int r = 0; r < ROWS; r++) {
      assertThat(all.value(r, 0)).isEqualTo(r % 1000 == 7 ? null : texts.get(r));
    }

    // Streamed with counts, in chunks of a few MB: each text once, the repeated ones with their counts.
    List<String> streamed = new ArrayList<>();
    long[] total = {0};
    reader.forEachCount(0, (text, count) -> {
      streamed.add(text);
      total[0] += count;
    });
    assertThat(total[0]).isEqualTo(ROWS - ROWS / 1000);
    assertThat(streamed).hasSize((int) entries).startsWith("A short repeated ticket number 0")
        .contains(texts.get(ROWS - 1));
  }
}
