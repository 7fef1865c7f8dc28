/**
 * Datasets: importing files and folders into versioned datasets, their quality checks, the picture
 * gallery of an image dataset, and the rows a target column allows to train or score
 * ({@link org.modelworkbench.services.datasets.TargetRows}). The sub-package {@code export} writes a version back out.
 * Uses no other feature package.
 */
package org.modelworkbench.services.datasets;
