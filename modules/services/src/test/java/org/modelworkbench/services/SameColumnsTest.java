package org.modelworkbench.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.services.datasets.ImportRequest;

/** Next month's file under another name is recognised by its columns, from its header alone. */
class SameColumnsTest {
  @TempDir Path dir;

  private Path csv(String name, String header, String row) throws IOException {
    return Files.writeString(dir.resolve(name), header + "\n" + row + "\n" + row + "\n");
  }

  private static DatasetInfo importFile(Workbench workbench, Path file, String name) {
    return workbench.imports().importFile(file, ImportRequest.of(name, false), ProgressListener.NONE,
        CancellationToken.none()).dataset();
  }

  @Test
  void aFileWithTheSameColumnsInAnotherOrderMatchesTheLatestVersion() throws IOException {
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      importFile(workbench, csv("loans_2025.csv", "id,amount,defaulted", "1,100,no"), null);
      importFile(workbench, csv("other.csv", "id,amount,defaulted", "2,200,yes"), "loans_2025");
      importFile(workbench, csv("iris.csv", "a,b,c,d", "1,2,3,4"), null);

      Path february = csv("loans_2025_02.csv", "amount,id,defaulted", "3,300,no");
      DatasetInfo match = workbench.imports().sameColumnsAs(february, null).orElseThrow();
      assertThat(match.name()).isEqualTo("loans_2025");
      assertThat(match.version()).isEqualTo(2);

      assertThat(workbench.imports().sameColumnsAs(csv("x.csv", "id,amount", "1,2"), null))
          .as("a column fewer is another dataset").isEmpty();
      assertThat(workbench.imports().sameColumnsAs(february, "iris"))
          .as("a name that exists already makes a version anyway").isEmpty();
      assertThat(workbench.imports().sameColumnsAs(csv("loans_2025.csv", "id,amount,defaulted", "9,9,no"), null))
          .as("the file's own name exists").isEmpty();
      assertThat(workbench.imports().sameColumnsAs(Files.writeString(dir.resolve("empty.csv"), ""), null)).isEmpty();
      assertThat(workbench.imports().sameColumnsAs(dir, null)).as("a folder").isEmpty();
    }
  }
}
