package org.modelworkbench.app.desktop.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.settings.SettingsFile;

/** Import and export each remember their own last folder, across starts. */
class LastFoldersTest {
  @TempDir
  Path dir;

  @Test
  void importAndExportKeepTheirOwnFolderInTheSettingsFile() throws IOException {
    Path settings = dir.resolve("settings.properties");
    Path data = Files.createDirectories(dir.resolve("data"));
    Path reports = Files.createDirectories(dir.resolve("reports"));
    LastFolders folders = new LastFolders(new SettingsFile(settings));
    assertThat(folders.last(LastFolders.Use.IMPORT)).isEmpty();

    folders.remember(LastFolders.Use.IMPORT, data.resolve("loans.csv"));
    // A chosen folder (of pictures) is remembered by where it is, so the chooser opens beside it.
    folders.remember(LastFolders.Use.EXPORT, Files.createDirectories(reports.resolve("run 3")));

    LastFolders nextStart = new LastFolders(new SettingsFile(settings));
    assertThat(nextStart.last(LastFolders.Use.IMPORT)).contains(data.toAbsolutePath());
    assertThat(nextStart.last(LastFolders.Use.EXPORT)).contains(reports.toAbsolutePath());

    Files.delete(reports.resolve("run 3"));
    Files.delete(reports);
    assertThat(nextStart.last(LastFolders.Use.EXPORT)).as("a folder that is gone is not offered").isEmpty();
    assertThat(nextStart.last(LastFolders.Use.IMPORT)).contains(data.toAbsolutePath());
  }
}
