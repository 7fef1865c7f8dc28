/** Test-only helpers: a tiny CSV reader and data splits. */
package org.modelworkbench.ml.testing;
