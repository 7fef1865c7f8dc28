package org.modelworkbench.store.browse;

import java.nio.ByteBuffer;

/** Packs row indexes into bytes for a BLOB: 4 big-endian bytes each, a quarter of decimal text. */
public final class RowIndexes {
  private RowIndexes() {}

  /** Packs indexes; null packs as empty. */
  public static byte[] pack(int[] indexes) {
    if (indexes == null) {
      return new byte[0];
    }
    ByteBuffer buffer = ByteBuffer.allocate(indexes.length * Integer.BYTES);
    buffer.asIntBuffer().put(indexes);
    return buffer.array();
  }

  /** Unpacks what {@link #pack(int[])} made. */
  public static int[] unpack(byte[] bytes) {
    if (bytes.length % Integer.BYTES != 0) {
      throw new IllegalArgumentException("Row index data has " + bytes.length + " bytes, not a multiple of 4");
    }
    int[] out = new int[bytes.length / Integer.BYTES];
    ByteBuffer.wrap(bytes).asIntBuffer().get(out);
    return out;
  }
}
