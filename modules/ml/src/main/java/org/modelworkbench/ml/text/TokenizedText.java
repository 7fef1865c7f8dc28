package org.modelworkbench.ml.text;

/**
 * One text as model tokens, special tokens included, truncated to the tokenizer's limit.
 *
 * @param ids token ids
 * @param typeIds segment ids (all 0 for a single text)
 */
public record TokenizedText(long[] ids, long[] typeIds) {
  /** Number of tokens. */
  public int length() {
    return ids.length;
  }
}
