package org.modelworkbench.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.modelworkbench.data.profile.ColumnProfiler;
import org.modelworkbench.data.split.Splitter;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataSplit;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.HistogramBin;
import org.modelworkbench.model.ValueCount;

/**
 * Imports the real Palmer penguins file (CC0). The expected numbers were counted independently
 * with Python's csv and statistics modules.
 */
class PenguinsImportTest {
  private static CsvImport penguins;

  @BeforeAll
  static void importOnce() throws URISyntaxException {
    Path file = Path.of(PenguinsImportTest.class.getResource("/penguins.csv").toURI());
    penguins = CsvTestFiles.read(file);
  }

  @Test
  void shapeAndTypes() {
    DataTable table = penguins.table();
    assertThat(table.rowCount()).isEqualTo(344);
    assertThat(table.columnNames()).containsExactly("species", "island", "bill_length_mm",
        "bill_depth_mm", "flipper_length_mm", "body_mass_g", "sex", "year");
    assertThat(table.columns()).extracting(c -> c.type()).containsExactly(ColumnType.CATEGORICAL,
        ColumnType.CATEGORICAL, ColumnType.DECIMAL, ColumnType.DECIMAL, ColumnType.INTEGER,
        ColumnType.INTEGER, ColumnType.CATEGORICAL, ColumnType.INTEGER);
    assertThat(penguins.hasHeader()).isTrue();
    assertThat(penguins.delimiter()).isEqualTo(',');
    assertThat(penguins.rejected()).isEmpty();
    assertThat(table.row(0)).containsExactly("Adelie", "Torgersen", 39.1, 18.7, 181L, 3750L, "male", 2007L);
  }

  @Test
  void nineteenMissingCells() {
    List<ColumnProfile> profiles = ColumnProfiler.profile(penguins.table());
    assertThat(profiles).extracting(ColumnProfile::missing).containsExactly(0L, 0L, 2L, 2L, 2L, 2L, 11L, 0L);
    assertThat(profiles.stream().mapToLong(ColumnProfile::missing).sum()).isEqualTo(19);
  }

  @Test
  void numericProfiles() {
    ColumnProfile bill = ColumnProfiler.profile(penguins.table(), 2);
    assertThat(bill.distinct()).isEqualTo(164);
    assertThat(bill.min()).isEqualTo(32.1);
    assertThat(bill.max()).isEqualTo(59.6);
    assertThat(bill.mean()).isCloseTo(43.9219298245614, within(1e-9));
    assertThat(bill.stddev()).isCloseTo(5.4595837139265315, within(1e-9));
    assertThat(bill.histogram()).hasSize(20);
    assertThat(bill.histogram().stream().mapToLong(HistogramBin::count).sum()).isEqualTo(342);

    ColumnProfile mass = ColumnProfiler.profile(penguins.table(), 5);
    assertThat(mass.mean()).isCloseTo(4201.754385964912, within(1e-9));
    assertThat(mass.stddev()).isCloseTo(801.9545356980955, within(1e-9));
    assertThat(mass.distinct()).isEqualTo(94);
  }

  @Test
  void yearHistogramHasOneBinPerYear() {
    ColumnProfile year = ColumnProfiler.profile(penguins.table(), 7);
    assertThat(year.histogram()).containsExactly(new HistogramBin(2007, 2008, 110),
        new HistogramBin(2008, 2009, 114), new HistogramBin(2009, 2010, 120));
  }

  @Test
  void classBalanceOfSpeciesAndTopValuesOfSex() {
    assertThat(ColumnProfiler.valueCounts(penguins.table(), "species")).containsExactly(
        new ValueCount("Adelie", 152), new ValueCount("Gentoo", 124), new ValueCount("Chinstrap", 68));
    assertThat(ColumnProfiler.profile(penguins.table(), 6).topValues())
        .containsExactly(new ValueCount("male", 168), new ValueCount("female", 165));
  }

  @Test
  void stratifiedSplitKeepsSpeciesShares() {
    String[] species = penguins.table().textColumn(0);
    DataSplit split = Splitter.split(species.length, species, 0.15, 0.2, 7);
    assertThat(split.test()).hasSize(69);
    assertThat(split.validation()).hasSize(52);
    assertThat(split.train()).hasSize(223);
    long adelieInTest = Arrays.stream(split.test()).filter(r -> species[r].equals("Adelie")).count();
    // 152 of 344 rows are Adelie: 20% of them is 30.4.
    assertThat(adelieInTest).isBetween(30L, 31L);
  }
}
