package org.modelworkbench.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.modelworkbench.services.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * Base of the sub-commands that work on the project: opens it, runs, closes it.
 */
abstract class ProjectCommand implements Callable<Integer> {
  @ParentCommand
  private WorkbenchCommand parent;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--json", description = "Print the result as JSON on stdout.")
  boolean json;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this command's options and exit.")
  boolean help;

  @Override
  public final Integer call() {
    try (Workbench workbench = Workbench.open(parent.projectDir())) {
      if (workbench.interruptedOnOpen() > 0 && !json) {
        err().println("Note: " + workbench.interruptedOnOpen()
            + " run(s) stopped unexpectedly earlier and are now marked interrupted.");
      }
      return execute(workbench);
    }
  }

  /** Does the command's work on the open project and returns the exit status. */
  abstract int execute(Workbench workbench);

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Prints a JSON document built from plain maps and lists. */
  void printJson(Object document) {
    out().println(Json.write(document));
    out().flush();
  }

  /** Runs and prints either JSON or text. */
  <T> int print(T result, Function<T, Object> asJson, Function<T, String> asText) {
    if (json) {
      printJson(asJson.apply(result));
    } else {
      out().println(asText.apply(result));
      out().flush();
    }
    return 0;
  }
}
