package org.modelworkbench.ml.library;

import java.nio.file.Path;

/**
 * A model found on disk.
 *
 * @param format its format
 * @param path the model file (TorchScript), or the folder or zip that holds it (DJL, TensorFlow)
 * @param zipped whether {@code path} is a zip archive that must be unpacked first
 */
public record ModelSource(ModelFormat format, Path path, boolean zipped) {}
