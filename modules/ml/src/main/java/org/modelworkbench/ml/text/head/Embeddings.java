package org.modelworkbench.ml.text.head;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ProgressListener;

/**
 * The vectors of texts through the cache: each distinct text is looked up, and only those not
 * cached are encoded, a slice at a time, each slice stored as it finishes (so a cancelled run
 * keeps what it encoded).
 */
final class Embeddings {
  /** Texts encoded between cancellation checks, progress reports and cache writes. */
  static final int SLICE = 256;

  /**
   * Vectors and how they were obtained.
   *
   * @param vectors one per text, in order (identical texts share one array)
   * @param encoded distinct texts the encoder ran on
   * @param cached distinct texts found in the cache
   */
  record Result(float[][] vectors, int encoded, int cached) {}

  private Embeddings() {}

  static Result compute(EncoderHandle encoder, EmbeddingCache cache, List<String> texts,
      ProgressListener progress, CancellationToken cancel) {
    Map<String, List<Integer>> byHash = new LinkedHashMap<>();
    Map<String, byte[]> rawHash = new LinkedHashMap<>();
    Map<String, String> textOf = new LinkedHashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i) == null ? "" : texts.get(i);
      byte[] h = EmbeddingCache.textHash(text);
      String key = HexFormat.of().formatHex(h);
      byHash.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      rawHash.putIfAbsent(key, h);
      textOf.putIfAbsent(key, text);
    }
    Map<String, float[]> found = cache == null ? new LinkedHashMap<>()
        : cache.lookup(encoder.identity(), 0, byHash.keySet());
    List<String> missing = new ArrayList<>();
    for (String key : byHash.keySet()) {
      if (!found.containsKey(key)) {
        missing.add(key);
      }
    }
    int cached = byHash.size() - missing.size();
    if (!missing.isEmpty()) {
      EncoderRuntime runtime = encoder.runtime();
      for (int from = 0; from < missing.size(); from += SLICE) {
        progress.progress((double) from / missing.size(), String.format(Locale.ROOT,
            "Encoding texts %,d/%,d with %s", from, missing.size(), encoder.reference().displayName()));
        cancel.throwIfCancelled();
        List<String> keys = missing.subList(from, Math.min(missing.size(), from + SLICE));
        List<String> slice = new ArrayList<>(keys.size());
        keys.forEach(k -> slice.add(textOf.get(k)));
        float[][] vectors = new float[keys.size()][];
        runtime.embed(slice, (i, v) -> vectors[i] = v);
        List<byte[]> hashes = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
          found.put(keys.get(i), vectors[i]);
          hashes.add(rawHash.get(keys.get(i)));
        }
        if (cache != null) {
          cache.store(encoder.identity(), runtime.width(), hashes, List.of(vectors));
        }
      }
      progress.progress(1, String.format(Locale.ROOT, "Encoding texts %,d/%,d with %s", missing.size(),
          missing.size(), encoder.reference().displayName()));
    } else {
      progress.progress(1, String.format(Locale.ROOT, "All %,d texts' vectors were cached", byHash.size()));
    }
    float[][] out = new float[texts.size()][];
    byHash.forEach((key, rows) -> rows.forEach(r -> out[r] = found.get(key)));
    return new Result(out, missing.size(), cached);
  }
}
