package org.modelworkbench.services.training;

import java.nio.file.Path;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.model.Task;

/**
 * The model a run keeps in the library when it completes.
 *
 * @param kind the library kind, for example {@code mlp} or {@code savedmodel-head}
 * @param engine the engine that runs it
 * @param folder its folder inside the run's artifacts
 * @param task classification or regression
 * @param baseModelId the model it was fine-tuned from, or null
 * @param signature what it takes and gives
 */
record KeptModel(String kind, String engine, Path folder, Task task, Long baseModelId, ModelSignature signature) {}
