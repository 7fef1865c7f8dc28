/**
 * Reports for colleagues: a run's or a dataset's figures laid out as HTML or PDF through the
 * {@code report} module. Reads through {@code catalog}, {@code datasets} and {@code scoring}.
 */
package org.modelworkbench.services.reports;
