package org.modelworkbench.services.training;

import org.modelworkbench.services.catalog.CatalogService;
import org.modelworkbench.services.datasets.QualityService;
import org.modelworkbench.services.library.TextEncoderLibrary;
import org.modelworkbench.store.ProjectDatabase;

/** What every route works with: the open project, its catalogue and its quality checks. */
record TrainingContext(ProjectDatabase database, CatalogService catalog, QualityService quality,
    TextEncoderLibrary encoders) {}
