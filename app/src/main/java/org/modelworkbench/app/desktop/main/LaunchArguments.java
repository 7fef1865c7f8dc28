package org.modelworkbench.app.desktop.main;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.modelworkbench.services.Workbench;

/**
 * What the window was started with: {@code --project DIR}, a project file or folder to open
 * (what a double-click on {@code Credit risk.workbench} passes), and data files or folders to
 * import into the project that opens (what "Open with" on a CSV passes).
 *
 * @param project the project to open, if one was named
 * @param imports the files and folders to import once it is open, as if dropped
 */
public record LaunchArguments(Optional<Path> project, List<Path> imports) {
  /** Copies the list. */
  public LaunchArguments {
    imports = List.copyOf(imports);
  }

  /** Reads the window's arguments; a path is a project when {@link Workbench#projectFolderOf} says so. */
  public static LaunchArguments parse(List<String> args) {
    return parse(args, path -> Workbench.isProjectFile(path)
        ? Optional.ofNullable(path.toAbsolutePath().normalize().getParent())
        : Workbench.projectFolderOf(path));
  }

  /**
   * Reads the arguments.
   *
   * @param args the command line
   * @param projectFolderOf the project folder a path names, or empty for a file to import
   */
  static LaunchArguments parse(List<String> args, Function<Path, Optional<Path>> projectFolderOf) {
    Optional<Path> project = Optional.empty();
    List<Path> imports = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--project") && i + 1 < args.size()) {
        project = Optional.of(Path.of(args.get(++i)));
      } else if (arg.startsWith("--project=")) {
        project = Optional.of(Path.of(arg.substring("--project=".length())));
      } else if (!arg.startsWith("-") && !arg.isBlank()) {
        Path path = Path.of(arg);
        Optional<Path> folder = projectFolderOf.apply(path);
        if (folder.isPresent()) {
          project = folder;
        } else {
          imports.add(path.toAbsolutePath().normalize());
        }
      }
    }
    return new LaunchArguments(project, imports);
  }
}
