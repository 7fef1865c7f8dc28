package org.modelworkbench.ml.engine;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tunes the C library's allocator on Linux before the engine's first tensor, so that memory the
 * engine frees goes back to the system.
 *
 * <p>PyTorch on the CPU allocates every tensor with {@code malloc}. glibc raises its mmap threshold
 * each time a large block is freed (up to 32 MB), so after the first step a fine-tuning batch's
 * activations come from the heap arenas, which keep them mapped: the resident size of fine-tuning
 * bge-small-en stayed near 2.9 GB between steps. A fixed threshold of 128 KB keeps tensor-sized
 * blocks mmapped (returned on free) and two arenas limit per-thread pools; measured with the same
 * settings through glibc's environment variables ({@code MALLOC_MMAP_THRESHOLD_},
 * {@code MALLOC_ARENA_MAX}), the resident size fell to about 1 GB between steps and its peak by
 * 0.3 GB (docs/benchmarks/text-fine-tuning-accuracy.md). Settings the user gave through those
 * variables are left as they are.
 */
final class NativeAllocator {
  private static final Logger LOG = LoggerFactory.getLogger(NativeAllocator.class);
  /** glibc's {@code M_MMAP_THRESHOLD} option of {@code mallopt}. */
  private static final int M_MMAP_THRESHOLD = -3;
  /** glibc's {@code M_ARENA_MAX} option of {@code mallopt}. */
  private static final int M_ARENA_MAX = -8;
  private static final int MMAP_THRESHOLD_BYTES = 128 * 1024;
  private static final int ARENAS = 2;

  private NativeAllocator() {}

  /** Applies the settings once; does nothing off Linux or when the C library has no mallopt. */
  static void tune() {
    if (!Platform.isLinux()) {
      return;
    }
    try {
      Function mallopt = NativeLibrary.getInstance(Platform.C_LIBRARY_NAME).getFunction("mallopt");
      if (System.getenv("MALLOC_MMAP_THRESHOLD_") == null) {
        mallopt.invokeInt(new Object[] {M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES});
      }
      if (System.getenv("MALLOC_ARENA_MAX") == null) {
        mallopt.invokeInt(new Object[] {M_ARENA_MAX, ARENAS});
      }
    } catch (UnsatisfiedLinkError | RuntimeException e) {
      // Another C library (musl) or no JNA native: the engine works, only with more memory.
      LOG.debug("The C library's allocator was left as it is: {}", e.toString());
    }
  }
}
