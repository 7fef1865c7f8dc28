package org.modelworkbench.data.formats;

/**
 * Limits that stop a zip archive from filling the disk.
 *
 * @param maxTotalBytes the most bytes all entries may unpack to
 * @param ratioCheckBytes entries larger than this must not exceed {@code maxRatio}
 * @param maxRatio the highest unpacked-to-packed size ratio for large entries
 * @param maxEntries the most entries an archive may have
 */
record ZipLimits(long maxTotalBytes, long ratioCheckBytes, long maxRatio, int maxEntries) {
  /** 2 GB in all, ratio 100 above 10 MB, 100,000 entries. */
  static final ZipLimits DEFAULT = new ZipLimits(2L * 1024 * 1024 * 1024, 10L * 1024 * 1024, 100, 100_000);
}
