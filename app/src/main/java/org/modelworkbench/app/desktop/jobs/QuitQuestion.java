package org.modelworkbench.app.desktop.jobs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the window asks before it quits while work runs: "Training 'iris' is running. Quit anyway?
 * The run is kept and can be resumed." Plain text, made from the running jobs' own words.
 *
 * @param header the dialog's header
 * @param text the question and what quitting does to the work
 */
public record QuitQuestion(String header, String text) {
  /** The answer that quits. */
  public static final String QUIT = "Quit";
  /** The answer that keeps the window open. */
  public static final String KEEP_WORKING = "Keep working";

  private static final int NAMED = 3;

  /**
   * The question about the given jobs, or empty when none of them needs one.
   *
   * @param running the jobs from {@link JobRunner#runningAtQuit()}
   */
  public static Optional<QuitQuestion> about(List<Job> running) {
    List<String> subjects = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Job job : running) {
      if (job.quitSubject() != null) {
        subjects.add(job.quitSubject());
        notes.add(job.quitNote());
      }
    }
    return of(subjects, notes);
  }

  /**
   * The question about work described by subjects ("Training 'iris'") and what quitting does to
   * each ("The run is kept and can be resumed."); the same note is said once.
   */
  static Optional<QuitQuestion> of(List<String> subjects, List<String> notes) {
    if (subjects.isEmpty()) {
      return Optional.empty();
    }
    Set<String> distinctNotes = new LinkedHashSet<>(notes);
    String what = subjects.size() == 1 ? subjects.get(0) + " is running." : list(subjects) + " are running.";
    String text = what + " Quit anyway? " + String.join(" ", distinctNotes);
    return Optional.of(new QuitQuestion("Quit Model Workbench?", text.trim()));
  }

  private static String list(List<String> subjects) {
    List<String> named = new ArrayList<>();
    for (int i = 0; i < Math.min(NAMED, subjects.size()); i++) {
      String subject = subjects.get(i);
      // Inside the sentence: "Training 'iris' and importing 'loans.csv'".
      named.add(i == 0 || subject.isEmpty() ? subject
          : Character.toLowerCase(subject.charAt(0)) + subject.substring(1));
    }
    int more = subjects.size() - named.size();
    if (more > 0) {
      return String.join(", ", named) + " and " + more + " more";
    }
    String last = named.remove(named.size() - 1);
    return String.join(", ", named) + " and " + last;
  }
}
