/**
 * Seeded train, validation and test splits of a dataset's rows, plain or stratified by class.
 */
package org.modelworkbench.data.split;
