package org.modelworkbench.app.desktop.dropimport;

import java.nio.file.Path;

/**
 * A dropped file the import does not take, with the reason in plain words.
 *
 * @param file the file
 * @param reason one sentence saying what is wrong and what to do
 */
public record RefusedFile(Path file, String reason) {}
