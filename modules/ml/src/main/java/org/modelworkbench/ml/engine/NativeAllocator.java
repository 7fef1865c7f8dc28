package org.modelworkbench.ml.engine;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tunes the C library's allocator on Linux for the engine's tensors.
 *
 * <p>PyTorch on the CPU allocates every tensor with {@code malloc}. glibc raises its mmap threshold
 * each time a large block is freed (up to 32 MB), so after the first step a fine-tuning batch's
 * activations come from the heap arenas, which keep them mapped: the resident size of fine-tuning
 * bge-small-en stayed near 2.9 GB between steps. While a large model trains
 * ({@link #returnFreedMemory()}), a fixed threshold of 128 KB keeps tensor-sized blocks mmapped
 * (returned on free): the resident size fell to about 1 GB between steps and its peak by 0.3 GB
 * (docs/benchmarks/text-fine-tuning-accuracy.md).
 *
 * <p>That threshold is only for large models: every tensor above 128 KB then costs an mmap, page
 * faults on first touch and an munmap. A tabular MLP's batch of 512 rows (256 KB activations)
 * trained at 0.55 of its speed with it (async-profiler: 21 % of the step in munmap and in the
 * first touch of fresh pages). So the threshold is set for the scope of a large model's training
 * and put back to glibc's upper bound after it; two arenas (fewer per-thread pools) are set once,
 * at engine start. Settings the user gave through glibc's variables ({@code
 * MALLOC_MMAP_THRESHOLD_}, {@code MALLOC_ARENA_MAX}) are left as they are.
 */
public final class NativeAllocator {
  private static final Logger LOG = LoggerFactory.getLogger(NativeAllocator.class);
  /** glibc's {@code M_MMAP_THRESHOLD} option of {@code mallopt}. */
  private static final int M_MMAP_THRESHOLD = -3;
  /** glibc's {@code M_ARENA_MAX} option of {@code mallopt}. */
  private static final int M_ARENA_MAX = -8;
  /** While a large model trains: tensor-sized blocks are mapped and returned on free. */
  private static final int LARGE_MODEL_THRESHOLD_BYTES = 128 * 1024;
  /** glibc's own upper bound of its dynamic threshold on 64-bit systems. */
  private static final int DEFAULT_THRESHOLD_BYTES = 32 * 1024 * 1024;
  private static final int ARENAS = 2;
  private static int largeModelScopes;

  private NativeAllocator() {}

  /** Limits the arenas; called once before the engine's first tensor. */
  static void tune() {
    if (System.getenv("MALLOC_ARENA_MAX") == null) {
      mallopt(M_ARENA_MAX, ARENAS);
    }
  }

  /**
   * Makes freed tensors go back to the system until the returned scope closes (scopes nest: the
   * last one to close restores the default). For training large models, whose activations are
   * many megabytes; small models train faster without it.
   */
  public static Scope returnFreedMemory() {
    synchronized (NativeAllocator.class) {
      if (largeModelScopes++ == 0) {
        threshold(LARGE_MODEL_THRESHOLD_BYTES);
      }
    }
    return new Scope();
  }

  private static void threshold(int bytes) {
    if (System.getenv("MALLOC_MMAP_THRESHOLD_") == null) {
      mallopt(M_MMAP_THRESHOLD, bytes);
    }
  }

  private static void mallopt(int option, int value) {
    if (!Platform.isLinux()) {
      return;
    }
    try {
      Function mallopt = NativeLibrary.getInstance(Platform.C_LIBRARY_NAME).getFunction("mallopt");
      mallopt.invokeInt(new Object[] {option, value});
    } catch (UnsatisfiedLinkError | RuntimeException e) {
      // Another C library (musl) or no JNA native: the engine works, only with more memory.
      LOG.debug("The C library's allocator was left as it is: {}", e.toString());
    }
  }

  /** The span of a large model's training; closing it more than once has no further effect. */
  public static final class Scope implements AutoCloseable {
    private boolean closed;

    private Scope() {}

    @Override
    public void close() {
      synchronized (NativeAllocator.class) {
        if (closed) {
          return;
        }
        closed = true;
        if (--largeModelScopes == 0) {
          threshold(DEFAULT_THRESHOLD_BYTES);
        }
      }
    }
  }
}
