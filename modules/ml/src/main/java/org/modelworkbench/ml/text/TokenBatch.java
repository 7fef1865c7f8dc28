package org.modelworkbench.ml.text;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;

/**
 * A batch of tokenized texts padded to one length: the encoder's input.
 *
 * @param rows texts in the batch
 * @param length padded length
 * @param ids token ids, row after row; padding is id 0
 * @param mask 1 for real tokens, 0 for padding
 * @param typeIds segment ids; 0 for padding
 */
public record TokenBatch(int rows, int length, long[] ids, long[] mask, long[] typeIds) {
  /**
   * Pads texts to a length.
   *
   * @param texts the texts, none longer than {@code length}
   * @param length the padded length
   * @return the batch
   */
  public static TokenBatch pad(List<TokenizedText> texts, int length) {
    int rows = texts.size();
    long[] ids = new long[rows * length];
    long[] mask = new long[rows * length];
    long[] types = new long[rows * length];
    for (int r = 0; r < rows; r++) {
      TokenizedText t = texts.get(r);
      if (t.length() > length) {
        throw new IllegalArgumentException("a text of " + t.length() + " tokens does not fit "
            + length);
      }
      System.arraycopy(t.ids(), 0, ids, r * length, t.length());
      System.arraycopy(t.typeIds(), 0, types, r * length, t.length());
      for (int c = 0; c < t.length(); c++) {
        mask[r * length + c] = 1;
      }
    }
    return new TokenBatch(rows, length, ids, mask, types);
  }

  /**
   * Pads texts to their length bucket ({@link LengthBuckets}).
   *
   * @param texts the texts
   * @param maxLength the tokenizer's limit
   * @return the batch
   */
  public static TokenBatch bucketed(List<TokenizedText> texts, int maxLength) {
    int longest = 1;
    for (TokenizedText t : texts) {
      longest = Math.max(longest, t.length());
    }
    return pad(texts, LengthBuckets.bucket(longest, maxLength));
  }

  /**
   * The encoder's inputs: ids, mask and type ids, int64 {@code [rows, length]}.
   *
   * @param manager owns the arrays
   * @return the three arrays
   */
  public NDList toNDList(NDManager manager) {
    Shape shape = new Shape(rows, length);
    return new NDList(manager.create(ids, shape), manager.create(mask, shape),
        manager.create(typeIds, shape));
  }
}
