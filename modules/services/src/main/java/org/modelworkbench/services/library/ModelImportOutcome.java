package org.modelworkbench.services.library;

import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelSignature;

/**
 * A model added to the library.
 *
 * @param model the stored model
 * @param signature what it takes and gives
 */
public record ModelImportOutcome(ModelInfo model, ModelSignature signature) {}
