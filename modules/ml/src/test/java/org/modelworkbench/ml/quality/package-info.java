/** The by-hand quality comparison with scikit-learn (not part of the unit tests). */
package org.modelworkbench.ml.quality;
