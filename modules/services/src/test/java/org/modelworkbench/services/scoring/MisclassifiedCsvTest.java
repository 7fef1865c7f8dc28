package org.modelworkbench.services.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataTable;
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
 * {@code evaluate --misclassified}: file names and labels holding line breaks ({@code \r\n} too),
 * quotes and commas are written so that a CSV reader gets them back as single fields.
 */
class MisclassifiedCsvTest {
  private static final List<String> LABELS = List.of("two\r\nlines", "say \"no\", twice", "plain");

  @TempDir
  Path dir;

  /** A workbook, since a workbook keeps a cell's \r\n (the CSV import joins lines with \n). */
  private Path noisyWorkbook() throws Exception {
    Path file = dir.resolve("noisy.xlsx");
    Random random = new Random(5);
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet ws = wb.newWorksheet("Rows");
      ws.value(0, 0, "file");
      ws.value(0, 1, "x1");
      ws.value(0, 2, "x2");
      ws.value(0, 3, "label");
      for (int r = 1; r <= 90; r++) {
        ws.value(r, 0, "scan " + r + "\r\nfolder, \"b\"");
        ws.value(r, 1, random.nextGaussian());
        ws.value(r, 2, random.nextGaussian());
        ws.value(r, 3, LABELS.get(r % LABELS.size()));
      }
      wb.finish();
    }
    return file;
  }

  @Test
  void misclassifiedRowsReadBackFieldForField() throws Exception {
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      DatasetInfo noisy = workbench.imports().importFile(noisyWorkbook(), ImportRequest.of("noisy", false),
          ProgressListener.NONE, CancellationToken.none()).dataset();
      TrainingSettings defaults = TrainingSettings.defaults("label", ModelKind.LINEAR);
      TrainingSettings settings = new TrainingSettings("label", null, ModelKind.LINEAR, 2, 16, 0.01, 3L, "cpu", 0,
          null, defaults.hiddenUnits(), defaults.patience(), defaults.validationFraction(), defaults.testFraction(),
          List.of("file"));
      RunInfo run = workbench.training().train(TrainRequest.of(noisy, settings), TrainingObserver.NONE,
          CancellationToken.none());

      Path csv = dir.resolve("wrong.csv");
      int written = workbench.evaluation().writeMisclassified(run.id(), csv);
      DataTable expected = workbench.evaluation().misclassifiedTestRows(run.id());
      assertThat(written).isPositive().isEqualTo(expected.rowCount());

      List<CsvRecord> records;
      try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv, StandardCharsets.UTF_8)) {
        records = reader.stream().toList();
      }
      assertThat(records).hasSize(written + 1);
      assertThat(records.get(0).getFields()).containsExactly("file", "actual", "predicted", "probability");
      for (int r = 0; r < written; r++) {
        CsvRecord record = records.get(r + 1);
        assertThat(record.getFields()).as("record %d", r).containsExactly((String) expected.value(r, 0),
            (String) expected.value(r, 1), (String) expected.value(r, 2),
            String.format(Locale.ROOT, "%.4f", (Double) expected.value(r, 3)));
        assertThat(record.getField(0)).contains("\r\n");
        assertThat(LABELS).contains(record.getField(1), record.getField(2));
      }
      assertThat(records.stream().skip(1).map(rec -> rec.getField(1))).contains("two\r\nlines");
    }
  }
}
