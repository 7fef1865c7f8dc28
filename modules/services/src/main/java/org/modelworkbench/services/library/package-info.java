/**
 * The model library: importing models (workbench folders, TorchScript, TensorFlow SavedModels),
 * describing what each takes and gives, and exporting them with their labels. Also what a
 * SavedModel head stands on ({@link org.modelworkbench.services.library.SavedModelHeadBase}), which scoring, export and
 * training all need. Text encoders: the built-in ones and imported text model folders
 * ({@link org.modelworkbench.services.library.TextEncoderLibrary}, facts in
 * {@link org.modelworkbench.services.library.TextModelFacts}). May use {@code datasets} and {@code catalog}; never scoring or training.
 */
package org.modelworkbench.services.library;
