package org.modelworkbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.modelworkbench.model.AppVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The small file that marks a folder as a project and that a double-click opens: named after the
 * folder ({@code Credit risk/Credit risk.workbench}), a properties file holding the format version
 * and the version of Model Workbench that made it. The database stays the project's content; this
 * file only names it for the file manager and the installers' file association.
 *
 * <p>Opening a project writes the file when it is missing, so projects made by older versions get
 * one; a folder that was renamed gets its lone old file renamed with it.
 */
public final class ProjectFile {
  /** The extension of project files, with its dot. */
  public static final String EXTENSION = ".workbench";
  /** The format written into new project files. */
  public static final int FORMAT = 1;

  static final String FORMAT_KEY = "format";
  static final String CREATED_BY_KEY = "created-by";
  static final String CREATED_KEY = "created";

  private static final Logger LOG = LoggerFactory.getLogger(ProjectFile.class);

  /**
   * What a project file says.
   *
   * @param format the format version
   * @param createdBy the application and version that wrote it, for example "Model Workbench 0.2.0"
   */
  public record Contents(int format, String createdBy) {}

  private ProjectFile() {}

  /** The project file of a folder: {@code <folder>/<folder name>.workbench}. */
  public static Path of(Path projectDir) {
    Path name = projectDir.getFileName();
    return projectDir.resolve((name == null ? "project" : name.toString()) + EXTENSION);
  }

  /** Whether a path's name ends in {@code .workbench} (in any case). */
  public static boolean isProjectFile(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION);
  }

  /**
   * The project folder a path names: the folder of a {@code .workbench} file, or a folder that
   * holds a project database or a project file.
   *
   * @return the folder, or empty for anything else (a data file, a folder of pictures)
   */
  public static Optional<Path> projectFolderOf(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    if (isProjectFile(absolute) && !Files.isDirectory(absolute)) {
      return Optional.ofNullable(absolute.getParent());
    }
    if (Files.isDirectory(absolute) && (Files.isRegularFile(absolute.resolve(ProjectLocation.DATABASE_NAME + ".mv.db"))
        || !projectFiles(absolute).isEmpty())) {
      return Optional.of(absolute);
    }
    return Optional.empty();
  }

  /**
   * Makes sure the project folder has its project file: writes it when missing, or renames the
   * only other project file in the folder (left from the folder's old name). A failure (a
   * read-only folder) is logged, never thrown: the project works without the file.
   *
   * @param projectDir the project folder
   * @return the project file
   */
  public static Path ensure(Path projectDir) {
    Path file = of(projectDir);
    if (Files.isRegularFile(file)) {
      return file;
    }
    try {
      List<Path> others = projectFiles(projectDir);
      if (others.size() == 1) {
        Files.move(others.get(0), file, StandardCopyOption.ATOMIC_MOVE);
        LOG.info("Renamed the project file {} to {}", others.get(0).getFileName(), file.getFileName());
        return file;
      }
      write(file);
      LOG.info("Wrote the project file {}", file);
    } catch (IOException | RuntimeException e) {
      LOG.warn("Could not write the project file {}; the project works without it", file, e);
    }
    return file;
  }

  /**
   * Reads a project file.
   *
   * @throws IOException when it cannot be read
   */
  public static Contents read(Path file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(in);
    }
    int format;
    try {
      format = Integer.parseInt(properties.getProperty(FORMAT_KEY, "0").trim());
    } catch (NumberFormatException e) {
      format = 0;
    }
    return new Contents(format, properties.getProperty(CREATED_BY_KEY, ""));
  }

  private static void write(Path file) throws IOException {
    Properties properties = new Properties();
    properties.setProperty(FORMAT_KEY, Integer.toString(FORMAT));
    properties.setProperty(CREATED_BY_KEY, AppVersion.nameAndVersion());
    properties.setProperty(CREATED_KEY, Instant.now().toString());
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream out = Files.newOutputStream(temp)) {
      properties.store(out, "Model Workbench project: double-click to open it. The project's data is in the "
          + ProjectLocation.DATABASE_NAME + ".mv.db database and the artifacts folder beside this file.");
    }
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static List<Path> projectFiles(Path dir) {
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*" + EXTENSION)) {
      for (Path entry : entries) {
        if (Files.isRegularFile(entry)) {
          found.add(entry);
        }
      }
    } catch (IOException e) {
      LOG.debug("Could not list {}", dir, e);
    }
    return found;
  }
}
