/**
 * Models brought into the library from outside: recognising their format, loading TorchScript
 * networks with the PyTorch engine, probing their input and output shapes, turning images into
 * their inputs, and reading TensorFlow SavedModel signatures.
 */
package org.modelworkbench.ml.library;
