package org.modelworkbench.store;

import java.util.List;
import java.util.Objects;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.RejectedRow;
import org.modelworkbench.model.WorkbenchException;

/**
 * Everything one dataset import saves, checked before the database is touched.
 *
 * @param name the dataset name
 * @param sourceFile the source file as given, or null
 * @param sha256 the source file's SHA-256, or null
 * @param table the parsed rows
 * @param profiles one profile per table column, in table order
 * @param rejected rows the parser rejected
 * @param charset the character set the source text was read in, or null
 */
record DatasetImport(String name, String sourceFile, String sha256, DataTable table,
    List<ColumnProfile> profiles, List<RejectedRow> rejected, String charset) {

  /** Checks that the parts fit together; copies the lists. */
  DatasetImport {
    if (name == null || name.isBlank()) {
      throw new WorkbenchException("A dataset needs a name.");
    }
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(profiles, "profiles");
    profiles = List.copyOf(profiles);
    rejected = rejected == null ? List.of() : List.copyOf(rejected);
    // Profiles and table come from the same parse; a mismatch is a bug in the caller.
    List<ColumnSchema> profiled = profiles.stream().map(ColumnProfile::schema).toList();
    if (!profiled.equals(table.columns())) {
      throw new IllegalArgumentException("Column profiles " + profiled + " do not match the table's columns "
          + table.columns());
    }
  }
}
