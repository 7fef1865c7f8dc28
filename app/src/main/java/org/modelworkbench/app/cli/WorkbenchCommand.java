package org.modelworkbench.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import org.modelworkbench.app.ProjectLocator;
import org.modelworkbench.model.WorkbenchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The top-level {@code workbench} command: picks the project and dispatches to a sub-command.
 */
@Command(
    name = "workbench",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Import data, train, evaluate and report on models in a local project.",
    subcommands = {
      ImportCommand.class,
      DatasetsCommand.class,
      ExportDatasetCommand.class,
      ProfileCommand.class,
      RunsCommand.class,
      ModelsCommand.class,
      TrainCommand.class,
      EvaluateCommand.class,
      ImportModelCommand.class,
      ExportModelCommand.class,
      PredictCommand.class,
      ReportCommand.class,
      CommandLine.HelpCommand.class
    })
public final class WorkbenchCommand implements Runnable {
  /** Exit status of a user error (bad input, unknown name). */
  public static final int EXIT_USER_ERROR = 1;
  /** Exit status of a bad command line. */
  public static final int EXIT_USAGE = 2;
  /** Exit status of an unexpected internal error. */
  public static final int EXIT_INTERNAL = 70;
  /** Exit status when the user interrupted the work. */
  public static final int EXIT_CANCELLED = 130;

  private static final Logger LOG = LoggerFactory.getLogger(WorkbenchCommand.class);

  @Option(names = "--project", paramLabel = "DIR",
      description = "The project folder (created on first use). Default: ${DEFAULT-VALUE}.",
      defaultValue = "${sys:user.home}/ModelWorkbench/default")
  private Path project;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing sub-command.");
  }

  /** The project folder. */
  Path projectDir() {
    return project == null ? ProjectLocator.defaultProject() : project;
  }

  /**
   * Whether these arguments ask for the desktop window: none; {@code --project DIR}; or files and
   * folders to open ({@code workbench "Credit risk.workbench"}, {@code workbench loans.csv}),
   * with or without {@code --project DIR} first. A first argument that names a sub-command
   * ({@code workbench import loans.csv}), and any other option, runs the command line.
   */
  public static boolean isDesktopLaunch(String[] args) {
    return isDesktopLaunch(java.util.List.of(args), subcommandNames());
  }

  static boolean isDesktopLaunch(java.util.List<String> args, java.util.Set<String> subcommands) {
    java.util.List<String> rest = new java.util.ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--project")) {
        if (i + 1 >= args.size()) {
          return false;
        }
        i++;
      } else if (!arg.startsWith("--project=")) {
        rest.add(arg);
      }
    }
    if (rest.isEmpty()) {
      return true;
    }
    if (subcommands.contains(rest.get(0))) {
      return false;
    }
    return rest.stream().noneMatch(arg -> arg.startsWith("-") || arg.isBlank());
  }

  /** The names of the sub-commands ({@code import}, {@code train}, ..., {@code help}). */
  static java.util.Set<String> subcommandNames() {
    return new CommandLine(new WorkbenchCommand()).getSubcommands().keySet();
  }

  /**
   * Runs the command line and returns its exit status.
   */
  public static int run(String[] args) {
    return newCommandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
  }

  /** A configured command line writing to the given streams (tests use their own). */
  public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new WorkbenchCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      PrintWriter stderr = commandLine.getErr();
      if (ex instanceof WorkbenchException) {
        stderr.println("Error: " + ex.getMessage());
        return EXIT_USER_ERROR;
      }
      if (ex instanceof CancellationException) {
        stderr.println("Cancelled.");
        return EXIT_CANCELLED;
      }
      LOG.error("Unexpected error", ex);
      stderr.println("Error: something went wrong inside Model Workbench (" + ex + "). Details are in "
          + ProjectLocator.logFile() + ".");
      return EXIT_INTERNAL;
    });
    cli.setParameterExceptionHandler((ex, args) -> {
      PrintWriter stderr = ex.getCommandLine().getErr();
      stderr.println("Error: " + ex.getMessage());
      // Only the top-level command has --help; a sub-command's usage is "workbench help train".
      CommandLine.Model.CommandSpec spec = ex.getCommandLine().getCommandSpec();
      String usage = spec.parent() == null ? spec.qualifiedName() + " --help"
          : spec.root().qualifiedName() + " help " + spec.name();
      stderr.println("Run '" + usage + "' for usage.");
      return EXIT_USAGE;
    });
    return cli;
  }
}
