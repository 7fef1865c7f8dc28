package org.modelworkbench.ml.text.head;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The vector cache's files on their own: exact round trip, keys, and damaged files ignored. */
class EmbeddingCacheTest {
  @TempDir
  Path temp;

  private static String key(String text) {
    return HexFormat.of().formatHex(EmbeddingCache.textHash(text));
  }

  @Test
  void storedVectorsComeBackExactlyUnderTheirEncoderAndText() {
    EmbeddingCache cache = new EmbeddingCache(temp.resolve("cache"));
    float[] a = {1.5f, -0.0f, Float.MIN_VALUE};
    float[] b = {3, 4, 5};
    cache.store("encoder A", 3, List.of(EmbeddingCache.textHash("one"), EmbeddingCache.textHash("two")), List.of(a, b));
    Set<String> wanted = Set.of(key("one"), key("two"), key("three"));
    for (EmbeddingCache c : List.of(cache, new EmbeddingCache(temp.resolve("cache")))) {
      // The second lookup on the same instance reads from its index, not the whole file.
      for (int round = 0; round < 2; round++) {
        Map<String, float[]> found = c.lookup("encoder A", 3, wanted);
        assertThat(found).containsOnlyKeys(key("one"), key("two"));
        assertThat(found.get(key("one"))).containsExactly(a);
        assertThat(found.get(key("two"))).containsExactly(b);
      }
    }
    assertThat(cache.lookup("encoder B", 3, wanted)).isEmpty();
    assertThat(cache.lookup("encoder A", 4, wanted)).as("another width").isEmpty();
  }

  @Test
  void aDamagedOrCutFileIsIgnoredNotFatal() throws IOException {
    EmbeddingCache cache = new EmbeddingCache(temp.resolve("cache"));
    cache.store("e", 2, List.of(EmbeddingCache.textHash("x")), List.of(new float[] {1, 2}));
    assertThat(cache.lookup("e", 2, Set.of(key("x")))).hasSize(1);
    Path file;
    try (Stream<Path> s = Files.walk(cache.folder())) {
      file = s.filter(f -> f.toString().endsWith(".emb")).findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 3));
    assertThat(cache.lookup("e", 2, Set.of(key("x")))).isEmpty();
    assertThat(file).doesNotExist();
    cache.store("e", 2, List.of(EmbeddingCache.textHash("x")), List.of(new float[] {1, 2}));
    assertThat(cache.lookup("e", 2, Set.of(key("x")))).hasSize(1);
    // A cache folder that cannot be written is logged, never thrown.
    Path blocked = temp.resolve("blocked");
    Files.writeString(blocked, "a file where the folder should be");
    new EmbeddingCache(blocked).store("e", 2, List.of(EmbeddingCache.textHash("x")), List.of(new float[] {1, 2}));
    assertThat(new EmbeddingCache(blocked).lookup("e", 2, Set.of(key("x")))).isEmpty();
  }
}
