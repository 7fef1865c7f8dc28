package org.modelworkbench.app.desktop.dataset;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link DatasetViewState} of each dataset version shown in this session, so that leaving a
 * dataset's view and coming back finds its sort, filter and left-out columns as they were. Kept
 * in memory only, for one open project; used on the UI thread.
 */
public final class DatasetViewStates {
  private final Map<Long, DatasetViewState> states = new HashMap<>();

  /** The state a dataset version's view was left in, if it was shown before. */
  public Optional<DatasetViewState> of(long datasetId) {
    return Optional.ofNullable(states.get(datasetId));
  }

  /** Remembers the state of a dataset version's view. */
  public void remember(long datasetId, DatasetViewState state) {
    states.put(datasetId, state);
  }

  /** Forgets every state (another project was opened). */
  public void clear() {
    states.clear();
  }
}
