package org.modelworkbench.ml.text.weights;

import java.io.IOException;
import java.nio.ByteBuffer;

/** The element types of the safetensors format, with their widths, and float decoding. */
enum SafetensorsDtype {
  F64(8, true), F32(4, true), F16(2, true), BF16(2, true),
  I64(8, false), I32(4, false), I16(2, false), I8(1, false), U8(1, false), BOOL(1, false);

  private final int bytes;
  private final boolean isFloat;

  SafetensorsDtype(int bytes, boolean isFloat) {
    this.bytes = bytes;
    this.isFloat = isFloat;
  }

  int bytes() {
    return bytes;
  }

  boolean isFloat() {
    return isFloat;
  }

  static SafetensorsDtype parse(String text, String tensor, String what) throws IOException {
    for (SafetensorsDtype d : values()) {
      if (d.name().equals(text)) {
        return d;
      }
    }
    throw new IOException(what + ": tensor " + tensor + " has an unknown dtype \"" + text + "\"");
  }

  /** Decodes little-endian elements of this (float) type into 32-bit floats. */
  float[] toFloats(ByteBuffer in) {
    float[] out = new float[in.remaining() / bytes];
    switch (this) {
      case F32 -> in.asFloatBuffer().get(out);
      case F64 -> {
        for (int i = 0; i < out.length; i++) {
          out[i] = (float) in.getDouble();
        }
      }
      case F16 -> {
        for (int i = 0; i < out.length; i++) {
          out[i] = halfToFloat(in.getShort());
        }
      }
      case BF16 -> {
        for (int i = 0; i < out.length; i++) {
          out[i] = Float.intBitsToFloat((in.getShort() & 0xffff) << 16);
        }
      }
      default -> throw new IllegalStateException(this + " is not a float type");
    }
    return out;
  }

  /** IEEE 754 half precision to single (Java 17 has no Float.float16ToFloat). */
  static float halfToFloat(short half) {
    int h = half & 0xffff;
    int sign = (h & 0x8000) << 16;
    int exponent = (h >>> 10) & 0x1f;
    int mantissa = h & 0x3ff;
    if (exponent == 0x1f) {
      return Float.intBitsToFloat(sign | 0x7f800000 | (mantissa << 13));
    }
    if (exponent == 0) {
      if (mantissa == 0) {
        return Float.intBitsToFloat(sign);
      }
      // Subnormal: mantissa * 2^-24.
      float v = mantissa * 0x1p-24f;
      return sign == 0 ? v : -v;
    }
    return Float.intBitsToFloat(sign | ((exponent + 112) << 23) | (mantissa << 13));
  }
}
