/**
 * Turns table columns into the numbers a network reads: imputation, standardisation, 0/1 flags
 * and one-hot categories, fitted on the training rows only and saved beside the model as JSON.
 *
 * <p>Encoding never fails on odd values at prediction time: unseen categories, values read with
 * another Java type than at training, and unparseable text become the encoding of a missing value.
 */
package org.modelworkbench.ml.features;
