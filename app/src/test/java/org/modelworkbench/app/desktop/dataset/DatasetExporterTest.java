package org.modelworkbench.app.desktop.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.jobs.DirectJobRunner;
import org.modelworkbench.app.desktop.support.RecordingNotifier;
import org.modelworkbench.app.desktop.support.TestProjects;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.RowFilter;
import org.modelworkbench.model.RowSort;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.datasets.export.ExportFormat;
import org.modelworkbench.services.datasets.export.ExportRequest;

/** Export… of the dataset view over a real project, without a screen. */
class DatasetExporterTest {
  @TempDir
  Path dir;

  @Test
  void exportsTheRowsAsShownWithoutTheLeftOutColumns() throws Exception {
    try (Workbench workbench = Workbench.open(TestProjects.withIris(dir.resolve("project")))) {
      DatasetInfo iris = workbench.datasets().find("iris");
      DatasetViewModel model = new DatasetViewModel(DirectJobRunner.create(), () -> workbench, iris);
      RecordingNotifier notifier = new RecordingNotifier();
      DatasetExporter exporter = new DatasetExporter(DirectJobRunner.create(), () -> workbench, notifier, model);
      assertThat(exporter.suggestedName()).isEqualTo("iris.csv");

      model.rows().sortProperty().set(new RowSort("petal length (cm)", true));
      model.rows().filterColumnProperty().set("target");
      model.rows().filterTextProperty().set("setosa");
      model.leaveOut("sepal width (cm)");
      ExportRequest request = exporter.request(dir.resolve("setosa"));
      assertThat(request.output().getFileName().toString()).isEqualTo("setosa.csv");
      assertThat(request.format()).isEqualTo(ExportFormat.CSV);
      assertThat(request.query().sort()).isEqualTo(new RowSort("petal length (cm)", true));
      assertThat(request.query().filters()).singleElement().isInstanceOf(RowFilter.Contains.class);
      assertThat(request.columns()).doesNotContain("sepal width (cm)").hasSize(4);

      Path file = dir.resolve("setosa.xlsx");
      exporter.export(file);
      assertThat(notifier.errors()).isEmpty();
      assertThat(notifier.infos()).containsExactly("Dataset exported: 50 rows of iris (4 columns) are in "
          + file.toAbsolutePath());
      assertThat(Files.readAllBytes(file)).startsWith((byte) 'P', (byte) 'K');
    }
  }

  @Test
  void aNameWithoutAKnownExtensionBecomesCsv() {
    assertThat(DatasetExporter.withExtension(Path.of("a", "loans"))).isEqualTo(Path.of("a", "loans.csv"));
    assertThat(DatasetExporter.withExtension(Path.of("loans.XLSX"))).isEqualTo(Path.of("loans.XLSX"));
    assertThat(List.of(DatasetExporter.withExtension(Path.of("loans.csv")))).containsExactly(Path.of("loans.csv"));
  }
}
