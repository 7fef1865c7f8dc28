package org.modelworkbench.services.scoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.datasets.ImportRequest;
import org.modelworkbench.services.training.TrainRequest;
import org.modelworkbench.services.training.TrainingObserver;

/**
 * A run whose kept model is a TF-IDF text model on a small ticket dataset written by the test: the
 * run is trained as a table run, then its model folder is replaced by a
 * {@link TextTableModel} fitted on the run's own training rows, so scoring goes through the text
 * path as for a text route's run. The tickets hold commas, quotes, line breaks, markup, an
 * ampersand and formula-like starts, and a share of them carry a wrong team so the model errs.
 */
final class TextRuns {
  /** Team of each kind of ticket. */
  static final String[] TEAMS = {"shipping", "billing", "accounts"};
  /** A text that must reach every output safely. */
  static final String HOSTILE = "=HYPERLINK(\"http://x\",\"click\") <script>alert('x')</script> & \"quoted\", "
      + "with a comma,\nand a second line";

  private TextRuns() {}

  /** The ticket CSV: body (free text), channel, team. */
  static Path ticketsCsv(Path file, int rows, long seed) {
    String[][] phrases = {
        {"my parcel has not arrived and the tracking page shows no movement",
            "the courier left the box at the wrong address", "delivery is two weeks late"},
        {"the invoice lists a product I never ordered", "I was charged twice for the same order",
            "please refund the extra payment on my card"},
        {"I cannot log in since the password reset", "the email with the login link never came",
            "my account is locked after three attempts"}};
    String[] channels = {"email", "phone", "chat"};
    Random random = new Random(seed);
    StringBuilder csv = new StringBuilder("body,channel,team\n");
    for (int r = 0; r < rows; r++) {
      int kind = random.nextInt(3);
      String text = "Ticket " + (1000 + r) + ": " + phrases[kind][random.nextInt(3)] + ", and "
          + phrases[kind][random.nextInt(3)] + ". Week " + (1 + random.nextInt(52)) + ".";
      // Some tickets were filed under another team: the model cannot get those right.
      int team = random.nextInt(100) < 15 ? (kind + 1 + random.nextInt(2)) % 3 : kind;
      // Every 11th ticket, and half the misfiled ones (which the model gets wrong), are hostile.
      if (r % 11 == 3 || team != kind && r % 2 == 0) {
        text = HOSTILE + " " + text;
      }
      if (r % 13 == 5) {
        text = text + " " + "Long story. ".repeat(30);
      }
      csv.append('"').append(text.replace("\"", "\"\"")).append("\",").append(channels[random.nextInt(3)])
          .append(',').append(TEAMS[team]).append('\n');
    }
    try {
      return Files.writeString(file, csv.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Imports the tickets and returns the dataset. */
  static DatasetInfo importTickets(Workbench workbench, Path csv) {
    return workbench.imports().importFile(csv, ImportRequest.of("tickets", false), ProgressListener.NONE,
        CancellationToken.none()).dataset();
  }

  /** A completed run of the {@code text-tfidf} route on the tickets' {@code body}. */
  static RunInfo tfidfRun(Workbench workbench, DatasetInfo tickets) {
    TrainingSettings d = TrainingSettings.defaults("team", ModelKind.TFIDF);
    TrainingSettings settings = new TrainingSettings("team", null, d.modelKind(), d.epochs(), d.batchSize(),
        d.learningRate(), 7L, "cpu", 0, null, d.hiddenUnits(), d.patience(), 0.15, 0.25, List.of("channel"));
    RunInfo run = workbench.training().train(TrainRequest.of(tickets, settings), TrainingObserver.NONE,
        CancellationToken.none());
    if (!"text-tfidf".equals(run.route()) || run.modelId() == null) {
      throw new IllegalStateException("expected a finished text-tfidf run, got " + run.route() + " " + run.status());
    }
    return run;
  }
}
