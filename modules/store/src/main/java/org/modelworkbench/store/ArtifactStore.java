package org.modelworkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.modelworkbench.model.WorkbenchException;

/**
 * The project's {@code artifacts/} folder: models, checkpoints and reports. The database stores
 * artifact paths relative to this folder, with {@code /} separators, so a project folder can be
 * moved or copied to another machine.
 */
public final class ArtifactStore {
  private static final String RUNS = "runs";
  private static final String REPORTS = "reports";
  private static final String DATASETS = "datasets";
  private static final String MODELS = "models";

  private final Path root;

  /** Uses, and creates if needed, {@code <projectDir>/artifacts}. */
  ArtifactStore(Path projectDir) {
    this.root = projectDir.toAbsolutePath().normalize().resolve("artifacts");
    createDirectories(root);
  }

  /** The artifacts folder, {@code <project>/artifacts}. */
  public Path root() {
    return root;
  }

  /** The folder of a run's files, {@code artifacts/runs/<id>}, created if needed. */
  public Path runDirectory(long runId) {
    if (runId < 1) {
      throw new IllegalArgumentException("Run ids start at 1: " + runId);
    }
    return createDirectories(root.resolve(RUNS).resolve(Long.toString(runId)));
  }

  /** The folder of the datasets kept in columnar files, {@code artifacts/datasets}, created if needed. */
  Path datasetsDirectory() {
    return createDirectories(root.resolve(DATASETS));
  }

  /** The folder of imported models, {@code artifacts/models}, one sub-folder per content hash; created if needed. */
  public Path modelsDirectory() {
    return createDirectories(root.resolve(MODELS));
  }

  /** The folder for reports, {@code artifacts/reports}, created if needed. */
  public Path reportsDirectory() {
    return createDirectories(root.resolve(REPORTS));
  }

  /**
   * The absolute path of a stored relative path. Does not create anything.
   *
   * @param relativePath a path relative to {@link #root()}, as made by {@link #relativize(Path)}
   * @throws WorkbenchException if the path is absolute or leads outside the artifacts folder
   */
  public Path resolve(String relativePath) {
    Path relative;
    try {
      relative = Path.of(relativePath);
    } catch (InvalidPathException e) {
      throw new WorkbenchException("The artifact path '" + relativePath + "' is not a valid path.", e);
    }
    Path resolved = root.resolve(relative).normalize();
    if (relative.isAbsolute() || !resolved.startsWith(root) || escapesThroughLink(resolved)) {
      throw new WorkbenchException("The artifact path '" + relativePath
          + "' leads outside the project's artifacts folder.");
    }
    return resolved;
  }

  /**
   * The path of a file or folder inside the artifacts folder, relative to it, with {@code /}
   * separators, for storing in the database.
   *
   * @throws WorkbenchException if the path is not inside the artifacts folder
   */
  public String relativize(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    if (!absolute.startsWith(root)) {
      throw new WorkbenchException("The file " + path + " is not inside the project's artifacts folder " + root
          + ".");
    }
    StringBuilder out = new StringBuilder();
    for (Path part : root.relativize(absolute)) {
      if (out.length() > 0) {
        out.append('/');
      }
      out.append(part);
    }
    return out.toString();
  }

  /** Whether an existing path really lies elsewhere because a symbolic link points out. */
  private boolean escapesThroughLink(Path resolved) {
    if (!Files.exists(resolved)) {
      return false;
    }
    try {
      return !resolved.toRealPath().startsWith(root.toRealPath());
    } catch (IOException e) {
      return true;
    }
  }

  private static Path createDirectories(Path dir) {
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new WorkbenchException("Could not create the folder " + dir + ".", e);
    }
  }
}
