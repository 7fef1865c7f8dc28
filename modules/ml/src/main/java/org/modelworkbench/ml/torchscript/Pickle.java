package org.modelworkbench.ml.torchscript;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The few pieces of Python's pickle format (protocol 2) that a TorchScript archive's
 * {@code data.pkl} needs: a writer for a module object and its tensors, and a reader that walks
 * an existing module's pickle so it can be nested inside another one.
 */
final class Pickle {
  static final int MARK = '(';
  static final int STOP = '.';
  static final int PROTO = 0x80;
  static final int NEWTRUE = 0x88;
  static final int NEWFALSE = 0x89;

  private Pickle() {}

  /** Writes pickle opcodes; nothing is memoised, so nested copied pickles keep their own memo. */
  static final class Writer {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Writer proto() {
      return op(PROTO).op(2);
    }

    Writer global(String module, String name) {
      op('c');
      raw((module + "\n" + name + "\n").getBytes(StandardCharsets.UTF_8));
      return this;
    }

    Writer mark() {
      return op(MARK);
    }

    Writer emptyTuple() {
      return op(')');
    }

    Writer emptyDict() {
      return op('}');
    }

    /** Builds a tuple from the items since the last mark. */
    Writer tuple() {
      return op('t');
    }

    Writer newObj() {
      return op(0x81);
    }

    Writer reduce() {
      return op('R');
    }

    Writer persistentId() {
      return op('Q');
    }

    Writer setItems() {
      return op('u');
    }

    Writer build() {
      return op('b');
    }

    Writer stop() {
      return op(STOP);
    }

    Writer bool(boolean value) {
      return op(value ? NEWTRUE : NEWFALSE);
    }

    Writer integer(int value) {
      op('J');
      return le(value);
    }

    Writer string(String value) {
      byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
      op('X');
      le(bytes.length);
      return raw(bytes);
    }

    Writer raw(byte[] bytes) {
      out.write(bytes, 0, bytes.length);
      return this;
    }

    byte[] toByteArray() {
      return out.toByteArray();
    }

    private Writer op(int code) {
      out.write(code);
      return this;
    }

    private Writer le(int value) {
      for (int i = 0; i < 4; i++) {
        out.write(value >>> (8 * i));
      }
      return this;
    }
  }

  /**
   * An object pickled by TorchScript, taken apart: its opcodes without the protocol header and the
   * final stop, ready to be placed where a value is expected in another pickle.
   *
   * @param body the opcodes that push the object
   * @param firstGlobal the class of the first {@code GLOBAL}, as {@code module.Name}
   */
  record Pickled(byte[] body, String firstGlobal) {}

  /**
   * Reads a protocol-2 pickle of one object, checking every opcode, and sets each {@code training}
   * attribute to false so the copy is in evaluation mode.
   *
   * @throws IllegalArgumentException when the bytes are not such a pickle or use an opcode
   *     TorchScript does not write
   */
  static Pickled readForEvaluation(byte[] pickle) {
    if (pickle.length < 3 || (pickle[0] & 0xff) != PROTO || pickle[1] != 2 || pickle[pickle.length - 1] != STOP) {
      throw new IllegalArgumentException("not a protocol 2 pickle of one object");
    }
    byte[] body = java.util.Arrays.copyOfRange(pickle, 2, pickle.length - 1);
    Map<Integer, String> memoStrings = new HashMap<>();
    String lastString = null;
    String firstGlobal = null;
    boolean afterTraining = false;
    int i = 0;
    while (i < body.length) {
      int op = body[i] & 0xff;
      int start = i;
      i++;
      String pushed = null;
      boolean memo = false;
      switch (op) {
        case '(', '0', '1', '2', 'N', ')', ']', '}', 't', 0x85, 0x86, 0x87, 'l', 'd', 'a', 'e', 's', 'u', 'b', 'R',
            0x81, 'Q', NEWFALSE -> { }
        case NEWTRUE -> {
          if (afterTraining) {
            body[start] = (byte) NEWFALSE;
          }
        }
        case 'K' -> i += 1;
        case 'M' -> i += 2;
        case 'J' -> i += 4;
        case 'G' -> i += 8;
        case 'q' -> {
          remember(memoStrings, body[i] & 0xff, lastString);
          i += 1;
          memo = true;
        }
        case 'r' -> {
          remember(memoStrings, le(body, i), lastString);
          i += 4;
          memo = true;
        }
        case 'h' -> {
          pushed = memoStrings.get(body[i] & 0xff);
          i += 1;
        }
        case 'j' -> {
          pushed = memoStrings.get(le(body, i));
          i += 4;
        }
        case 'X', 'T', 'B' -> {
          int n = le(body, i);
          check(n >= 0 && i + 4 + n <= body.length);
          if (op == 'X') {
            pushed = new String(body, i + 4, n, StandardCharsets.UTF_8);
          }
          i += 4 + n;
        }
        case 'U', 'C', 0x8a -> {
          check(i < body.length);
          i += 1 + (body[i] & 0xff);
        }
        case 0x8b -> {
          int n = le(body, i);
          check(n >= 0);
          i += 4 + n;
        }
        case 'c' -> {
          int a = newline(body, i);
          int b = newline(body, a + 1);
          if (firstGlobal == null) {
            firstGlobal = new String(body, i, a - i, StandardCharsets.UTF_8) + "."
                + new String(body, a + 1, b - a - 1, StandardCharsets.UTF_8);
          }
          i = b + 1;
        }
        default -> throw new IllegalArgumentException("unexpected pickle opcode 0x" + Integer.toHexString(op)
            + " at " + (start + 2));
      }
      check(i <= body.length);
      if (memo) {
        continue; // a memo write keeps the value on the stack: the state stays as it was
      }
      lastString = pushed;
      afterTraining = "training".equals(pushed);
    }
    if (firstGlobal == null) {
      throw new IllegalArgumentException("the pickle names no class");
    }
    return new Pickled(body, firstGlobal);
  }

  private static void remember(Map<Integer, String> memo, int index, String value) {
    if (value == null) {
      memo.remove(index);
    } else {
      memo.put(index, value);
    }
  }

  private static int newline(byte[] body, int from) {
    for (int i = from; i < body.length; i++) {
      if (body[i] == '\n') {
        return i;
      }
    }
    throw new IllegalArgumentException("truncated pickle");
  }

  private static int le(byte[] b, int at) {
    check(at + 4 <= b.length);
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
  }

  private static void check(boolean ok) {
    if (!ok) {
      throw new IllegalArgumentException("truncated pickle");
    }
  }
}
