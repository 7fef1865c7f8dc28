package org.modelworkbench.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.modelworkbench.data.csv.CsvTestFiles.write;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.CancellationToken;

/** Progress reports and cancellation. */
class CsvImporterProgressTest {
  @TempDir Path dir;

  private Path numbers(int rows) {
    StringBuilder text = new StringBuilder("a,b\n");
    for (int i = 0; i < rows; i++) {
      text.append(i).append(',').append(i * 0.5).append('\n');
    }
    return write(dir, "numbers.csv", text.toString());
  }

  @Test
  void reportsRisingFractionsEndingAtOneWithTheFileName() {
    List<Double> fractions = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    new CsvImporter(CsvImportOptions.defaults()).read(numbers(50_000), (fraction, message) -> {
      fractions.add(fraction);
      messages.add(message);
    }, CancellationToken.none());
    assertThat(fractions).isSorted().hasSizeGreaterThan(10).hasSizeLessThan(400);
    assertThat(fractions.get(0)).isZero();
    assertThat(fractions.get(fractions.size() - 1)).isEqualTo(1.0);
    assertThat(fractions).anySatisfy(f -> assertThat(f).isBetween(0.2, 0.5));
    assertThat(messages).containsOnly("Reading numbers.csv");
  }

  @Test
  void cancelledBeforeStarting() {
    CancellationToken cancel = new CancellationToken();
    cancel.cancel();
    Path file = numbers(10);
    assertThatThrownBy(() -> new CsvImporter(CsvImportOptions.defaults()).read(file, null, cancel))
        .isInstanceOf(CancellationException.class);
  }

  @Test
  void cancelledWhileReading() {
    CancellationToken cancel = new CancellationToken();
    Path file = numbers(50_000);
    assertThatThrownBy(() -> new CsvImporter(CsvImportOptions.defaults()).read(file, (fraction, message) -> {
      if (fraction > 0.1) {
        cancel.cancel();
      }
    }, cancel)).isInstanceOf(CancellationException.class);
  }

  @Test
  void nullProgressAndCancelAreAllowed() {
    CsvImport result = new CsvImporter(null).read(numbers(3), null, null);
    assertThat(result.table().rowCount()).isEqualTo(3);
  }
}
