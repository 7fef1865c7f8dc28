package org.modelworkbench.services.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.TextProfile;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.datasets.ImportOutcome;
import org.modelworkbench.services.datasets.ImportRequest;
import org.modelworkbench.services.datasets.export.ExportRequest;

/**
 * Reviews imported from every kind of file into a real project: the review column is typed text
 * (cities and channels stay categories), its rows and profile read back, and the analyst's types
 * win both ways, also on a file already imported.
 */
class TextImportTest {
  @TempDir Path dir;

  private static ImportOutcome importFile(Workbench workbench, Path file, ImportRequest request) {
    return workbench.imports().importFile(file, request, ProgressListener.NONE, CancellationToken.none());
  }

  private static ColumnType type(DatasetInfo dataset, String column) {
    return dataset.column(column).map(ColumnProfile::type).orElseThrow();
  }

  private static void assertReviewsTyped(DatasetInfo dataset) {
    assertThat(type(dataset, "review")).as(dataset.name()).isEqualTo(ColumnType.TEXT);
    assertThat(type(dataset, "city")).as(dataset.name()).isEqualTo(ColumnType.CATEGORICAL);
    assertThat(type(dataset, "channel")).isEqualTo(ColumnType.CATEGORICAL);
    assertThat(type(dataset, "label")).isEqualTo(ColumnType.CATEGORICAL);
  }

  @Test
  void csvXlsxAndJsonLinesGiveATextColumn() throws IOException {
    List<List<String>> rows = TextFiles.rows(300, 1);
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      for (Path file : List.of(TextFiles.csv(dir.resolve("reviews.csv"), rows),
          TextFiles.xlsx(dir.resolve("reviews_sheet.xlsx"), rows), TextFiles.jsonLines(dir.resolve("reviews_lines.jsonl"), rows))) {
        DatasetInfo dataset = importFile(workbench, file, ImportRequest.defaults()).dataset();
        assertReviewsTyped(dataset);
        DataTable stored = workbench.datasets().rows(dataset);
        assertThat((String) stored.value(3, stored.columnIndex("review"))).as(file.getFileName().toString())
            .isEqualTo(rows.get(3).get(1)).contains("\n");
        ColumnProfile review = dataset.column("review").orElseThrow();
        assertThat(review.topValues()).isEmpty();
        assertThat(review.histogram()).isNotEmpty();
        assertThat(review.mean()).as("mean length in words").isBetween(15.0, 45.0);
      }
    }
  }

  @Test
  void aLargeCsvStreamedInOnePassIsTypedFromAllItsRows() throws IOException {
    // More rows than the one-pass import guesses its types from, so most arrive in batches.
    List<List<String>> rows = TextFiles.rows(12_500, 2);
    Path file = TextFiles.csv(dir.resolve("many_reviews.csv"), rows);
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      DatasetInfo dataset = importFile(workbench, file, ImportRequest.defaults()).dataset();
      assertReviewsTyped(dataset);
      assertThat(dataset.rows()).isEqualTo(12_500);
      TextProfile profile = workbench.datasets().textProfile(dataset, "review");
      assertThat(profile.texts()).isEqualTo(12_500);
      assertThat(profile.missing()).isZero();
      long distinct = rows.stream().map(r -> r.get(1)).distinct().count();
      assertThat(profile.duplicates()).isEqualTo(12_500 - distinct);
      assertThat(profile.topWords().get(0).value()).isNotIn("the", "and", "i", "it");
      assertThat(dataset.column("review").orElseThrow().distinct()).isEqualTo(distinct);
    }
    try (Workbench reopened = Workbench.open(dir.resolve("project"))) {
      assertThat(type(reopened.datasets().find("many_reviews"), "review")).isEqualTo(ColumnType.TEXT);
    }
  }

  @Test
  void aFolderOfTextsGivesATextColumn() throws IOException {
    Path folder = TextFiles.folder(dir.resolve("tickets"), TextFiles.rows(60, 3));
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      DatasetInfo dataset = importFile(workbench, folder, ImportRequest.defaults()).dataset();
      assertThat(type(dataset, "text")).isEqualTo(ColumnType.TEXT);
      assertThat(type(dataset, "label")).isEqualTo(ColumnType.CATEGORICAL);
      assertThat(type(dataset, "file")).isEqualTo(ColumnType.CATEGORICAL);
      assertThat(workbench.datasets().textProfile(dataset, "text").texts()).isEqualTo(60);
    }
  }

  @Test
  void theAnalystsTypesWinBothWaysAlsoOnAStoredFile() throws IOException {
    List<List<String>> rows = TextFiles.rows(200, 4);
    Path csv = TextFiles.csv(dir.resolve("reviews.csv"), rows);
    Path xlsx = TextFiles.xlsx(dir.resolve("sheet.xlsx"), rows);
    Map<String, ColumnType> swapped = Map.of("review", ColumnType.CATEGORICAL, "city", ColumnType.TEXT);
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      for (Path file : List.of(csv, xlsx)) {
        DatasetInfo dataset = importFile(workbench, file, ImportRequest.defaults().withTypes(swapped)).dataset();
        assertThat(type(dataset, "review")).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(type(dataset, "city")).isEqualTo(ColumnType.TEXT);
        assertThat(dataset.column("review").orElseThrow().topValues()).isNotEmpty();
      }
      // The same file again with other types: nothing new is stored, the stored version is retyped.
      ImportOutcome again = importFile(workbench, csv, ImportRequest.defaults()
          .withTypes(Map.of("review", ColumnType.TEXT, "city", ColumnType.CATEGORICAL)));
      assertThat(again.unchanged()).isTrue();
      assertThat(again.dataset().version()).isEqualTo(1);
      assertReviewsTyped(again.dataset());
      assertReviewsTyped(workbench.datasets().find("reviews@1"));

      assertThatThrownBy(() -> importFile(workbench, TextFiles.csv(dir.resolve("other.csv"), rows),
          ImportRequest.defaults().withTypes(Map.of("reveiw", ColumnType.TEXT))))
          .isInstanceOf(WorkbenchException.class)
          .hasMessage("There is no column 'reveiw' to set the type of; the columns are: id, review, city, channel, label.");
      assertThatThrownBy(() -> importFile(workbench, TextFiles.csv(dir.resolve("other.csv"), rows),
          ImportRequest.defaults().withTypes(Map.of("id", ColumnType.TEXT))))
          .hasMessageContaining("'id' holds integer values, so it cannot be read as text");
      assertThat(workbench.datasets().list()).extracting(DatasetInfo::name).doesNotContain("other");
    }
  }

  @Test
  void aColumnSwitchedOnAStoredVersionGetsItsProfileAgain() throws IOException {
    Path csv = TextFiles.csv(dir.resolve("reviews.csv"), TextFiles.rows(150, 5));
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      DatasetInfo dataset = importFile(workbench, csv, ImportRequest.defaults()).dataset();
      workbench.quality().datasetReport(dataset);
      DatasetInfo categorical = workbench.datasets().changeColumnType(dataset, "review", ColumnType.CATEGORICAL);
      ColumnProfile review = categorical.column("review").orElseThrow();
      assertThat(review.type()).isEqualTo(ColumnType.CATEGORICAL);
      assertThat(review.histogram()).isEmpty();
      assertThat(review.topValues()).isNotEmpty();
      assertThat(workbench.quality().storedReport(categorical)).isEmpty();
      assertThat(workbench.quality().datasetReport(categorical).findings()).extracting(f -> f.code() + " " + f.column())
          .contains("id_like review");
      DatasetInfo text = workbench.datasets().changeColumnType(categorical, "review", ColumnType.TEXT);
      assertThat(text.column("review")).contains(dataset.column("review").orElseThrow());
      assertThatThrownBy(() -> workbench.datasets().changeColumnType(text, "id", ColumnType.TEXT))
          .isInstanceOf(WorkbenchException.class);
    }
  }

  @Test
  void anExportedTextDatasetImportsAsTextAgain() throws IOException {
    Path csv = TextFiles.csv(dir.resolve("reviews.csv"), TextFiles.rows(120, 6));
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      DatasetInfo dataset = importFile(workbench, csv, ImportRequest.defaults()).dataset();
      Path exported = dir.resolve("exported.csv");
      workbench.datasetExport().export(ExportRequest.of(dataset, exported), ProgressListener.NONE,
          CancellationToken.none());
      DatasetInfo again = importFile(workbench, exported, ImportRequest.defaults()).dataset();
      assertReviewsTyped(again);
      assertThat(workbench.datasets().rows(again)).isEqualTo(workbench.datasets().rows(dataset));
      assertThat(Files.size(exported)).isGreaterThan(10_000);
    }
  }
}
