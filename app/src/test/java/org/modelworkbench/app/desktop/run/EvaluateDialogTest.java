package org.modelworkbench.app.desktop.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modelworkbench.model.DatasetInfo;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The run view's "Evaluate on dataset" dialog offers every dataset version by name, version and rows. */
@ExtendWith(ApplicationExtension.class)
class EvaluateDialogTest extends FxRobot {
  @Start
  void start(Stage stage) {
    stage.show();
  }

  @Test
  void everyVersionIsListedByNameVersionAndRowsNewestFirst() {
    DatasetInfo first = new DatasetInfo(1, "loans_2025", 1, "/data/loans_2025.xlsx", "a", 40_000, List.of(), 0,
        Instant.EPOCH);
    DatasetInfo second = new DatasetInfo(2, "loans_2025", 2, "/data/next/loans_2025.xlsx", "b", 41_250, List.of(), 0,
        Instant.EPOCH);
    DatasetInfo third = new DatasetInfo(3, "loans_2025", 3, "/data/march/loans_2025.xlsx", "c", 39_900, List.of(), 0,
        Instant.EPOCH);
    DatasetInfo other = new DatasetInfo(4, "applicants", 1, "/data/applicants.csv", "d", 500, List.of(), 0,
        Instant.EPOCH);
    interact(() -> {
      Dialog<DatasetInfo> dialog = RunView.choice(null, List.of(first, other, third, second), second,
          "Score run 1's model.");
      @SuppressWarnings("unchecked")
      ComboBox<DatasetInfo> datasets = (ComboBox<DatasetInfo>) dialog.getDialogPane().lookup("#choose-dataset");
      assertThat(datasets.getConverter().toString(second)).isEqualTo("loans_2025 · version 2 · 41,250 rows");
      assertThat(datasets.getItems()).extracting(d -> datasets.getConverter().toString(d))
          .containsExactly("applicants · version 1 · 500 rows", "loans_2025 · version 3 · 39,900 rows",
              "loans_2025 · version 2 · 41,250 rows", "loans_2025 · version 1 · 40,000 rows");
      assertThat(datasets.getValue()).isSameAs(second);
      var confirm = dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0));
      assertThat(confirm.getId()).isEqualTo("dialog-confirm");
      assertThat(confirm.isDisabled()).isFalse();
    });
  }
}
