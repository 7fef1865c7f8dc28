package org.modelworkbench.services.training;

import java.util.List;
import java.util.Optional;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.catalog.CatalogService;
import org.modelworkbench.services.datasets.QualityService;
import org.modelworkbench.services.library.TextEncoderLibrary;
import org.modelworkbench.store.ProjectDatabase;

/**
 * Every way to train, in the order they are asked: the first route that applies to a request
 * trains it. A new route is one class and one line in the list below.
 */
public final class TrainingRoutes {
  private final List<TrainingRoute> routes;

  /**
   * The routes of an open project.
   *
   * @param database the project
   * @param catalog its runs and models
   * @param quality its data-quality checks
   */
  public TrainingRoutes(ProjectDatabase database, CatalogService catalog, QualityService quality) {
    TrainingContext context = new TrainingContext(database, catalog, quality, new TextEncoderLibrary());
    // A SavedModel or text-encoder base decides the route before the kind of data does; tabular takes the rest.
    this.routes = List.of(
        new SavedModelHeadRoute(context),
        new SavedModelFullRoute(context),
        new TextHeadRoute(context),
        new TextFullRoute(context),
        new TextTfidfRoute(context),
        new ImageRoute(context),
        new TabularRoute(context));
  }

  /** The routes in the order they are asked. */
  public List<TrainingRoute> all() {
    return routes;
  }

  /**
   * The first route that applies to the request.
   *
   * @throws WorkbenchException when none does
   */
  public TrainingRoute forRequest(TrainRequest request) {
    return routes.stream().filter(route -> route.appliesTo(request)).findFirst()
        .orElseThrow(() -> new WorkbenchException("No way to train is known for the dataset '"
            + request.dataset().name() + "' with these settings."));
  }

  /** The route a run recorded, by its {@link TrainingRoute#name()}. */
  public Optional<TrainingRoute> named(String name) {
    return routes.stream().filter(route -> route.name().equals(name)).findFirst();
  }
}
