package org.modelworkbench.store.columnar;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A buffered, little-endian writer of primitive values to a new file. */
final class LittleEndianOutput implements Closeable {
  private static final int BUFFER_BYTES = 1 << 16;

  private final FileChannel channel;
  private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
  private long written;

  /** Creates the file, which must not exist yet. */
  LittleEndianOutput(Path file) throws IOException {
    channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  void writeLong(long v) throws IOException {
    room(8);
    buffer.putLong(v);
  }

  void writeDouble(double v) throws IOException {
    room(8);
    buffer.putDouble(v);
  }

  void writeInt(int v) throws IOException {
    room(4);
    buffer.putInt(v);
  }

  void writeByte(int v) throws IOException {
    room(1);
    buffer.put((byte) v);
  }

  void writeBytes(byte[] bytes) throws IOException {
    int at = 0;
    while (at < bytes.length) {
      room(1);
      int n = Math.min(buffer.remaining(), bytes.length - at);
      buffer.put(bytes, at, n);
      at += n;
    }
  }

  /** Bytes written so far, buffered ones included. */
  long position() {
    return written + buffer.position();
  }

  private void room(int bytes) throws IOException {
    if (buffer.remaining() < bytes) {
      flush();
    }
  }

  /** Writes what is buffered to the file (without forcing it to the disk). */
  void flush() throws IOException {
    buffer.flip();
    while (buffer.hasRemaining()) {
      written += channel.write(buffer);
    }
    buffer.clear();
  }

  /** Writes what is buffered, forces it to the disk and closes the file. */
  @Override
  public void close() throws IOException {
    try {
      flush();
      channel.force(false);
    } finally {
      channel.close();
    }
  }
}
