package org.modelworkbench.services;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.WorkbenchException;

/**
 * Makes the sample project a newcomer sees on first start: the sample datasets already imported.
 */
public final class SampleProject {
  private SampleProject() {}

  /**
   * Imports every CSV of the samples folder into the project, unless the project already has
   * datasets.
   *
   * @param workbench the open project
   * @param samplesDir the folder of sample CSV files
   * @return the names of the datasets imported (empty when the project had datasets already)
   */
  public static List<String> populate(Workbench workbench, Path samplesDir, ProgressListener progress) {
    if (!workbench.datasets().list().isEmpty() || samplesDir == null || !Files.isDirectory(samplesDir)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(samplesDir)) {
      files = listing.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
    } catch (IOException e) {
      throw new WorkbenchException("Could not read the sample folder " + samplesDir + ".", e);
    }
    List<String> imported = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      progress.progress((double) i / files.size(), "Importing sample " + file.getFileName());
      imported.add(workbench.datasets().importCsv(file, null, false, ProgressListener.NONE,
          CancellationToken.none()).dataset().name());
    }
    progress.progress(1.0, "Sample project ready");
    return imported;
  }
}
