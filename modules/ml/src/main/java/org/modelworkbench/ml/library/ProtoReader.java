package org.modelworkbench.ml.library;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A minimal reader of the protocol-buffer wire format: enough to walk a message's fields without
 * its generated classes.
 */
final class ProtoReader {
  static final int VARINT = 0;
  static final int FIXED64 = 1;
  static final int LENGTH_DELIMITED = 2;
  static final int FIXED32 = 5;

  private final byte[] bytes;
  private int position;
  private final int end;
  private int tag;

  ProtoReader(byte[] bytes) {
    this(bytes, 0, bytes.length);
  }

  private ProtoReader(byte[] bytes, int start, int end) {
    this.bytes = bytes;
    this.position = start;
    this.end = end;
  }

  /** Moves to the next field; false at the end of the message. */
  boolean next() {
    if (position >= end) {
      return false;
    }
    tag = (int) varint();
    return true;
  }

  /** The current field's number. */
  int field() {
    return tag >>> 3;
  }

  /** The current field's wire type. */
  int wireType() {
    return tag & 7;
  }

  /** Reads a varint field's value. */
  long varint() {
    long result = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      byte b = byte0();
      result |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return result;
      }
    }
    throw new IllegalArgumentException("Malformed varint");
  }

  /** Reads a length-delimited field as a nested message. */
  ProtoReader message() {
    int length = length();
    ProtoReader nested = new ProtoReader(bytes, position, position + length);
    position += length;
    return nested;
  }

  /** Reads a length-delimited field as UTF-8 text. */
  String string() {
    int length = length();
    String s = new String(bytes, position, length, StandardCharsets.UTF_8);
    position += length;
    return s;
  }

  /** Reads a length-delimited field's bytes. */
  byte[] bytesField() {
    int length = length();
    byte[] out = Arrays.copyOfRange(bytes, position, position + length);
    position += length;
    return out;
  }

  /** Skips the current field's value. */
  void skip() {
    switch (wireType()) {
      case VARINT -> varint();
      case FIXED64 -> advance(8);
      case LENGTH_DELIMITED -> advance(length());
      case FIXED32 -> advance(4);
      default -> throw new IllegalArgumentException("Unsupported wire type " + wireType());
    }
  }

  private int length() {
    long length = varint();
    if (length < 0 || position + length > end) {
      throw new IllegalArgumentException("Field runs past the end of its message");
    }
    return (int) length;
  }

  private void advance(int n) {
    if (position + n > end) {
      throw new IllegalArgumentException("Field runs past the end of its message");
    }
    position += n;
  }

  private byte byte0() {
    if (position >= end) {
      throw new IllegalArgumentException("Message ends inside a field");
    }
    return bytes[position++];
  }
}
