package org.modelworkbench.services.datasets;

/**
 * A file of an imported folder that is not in the dataset.
 *
 * @param file its path as the import showed it ({@code defects/ok/img7.png})
 * @param reason why it was left out, in plain words ({@code not a readable image (truncated PNG)})
 */
public record LeftOutFile(String file, String reason) {
  /** The file's own name, without its folders. */
  public String fileName() {
    int slash = file.lastIndexOf('/');
    return slash < 0 ? file : file.substring(slash + 1);
  }
}
