/**
 * TensorFlow SavedModels through DJL's TensorFlow engine: the natives unpacked from the class path
 * at first use, inference on a named signature, and fine-tuning through a model's own
 * {@code train} signature with the TF-Java classes inside DJL's jar, exported again as a SavedModel.
 */
package org.modelworkbench.ml.tensorflow;
