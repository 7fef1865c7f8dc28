package org.modelworkbench.services.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;

/** Reads back the settings a run stored as text ({@link TrainingSettings#asMap()}). */
public final class SettingsText {
  private SettingsText() {}

  /** The settings of a stored run. */
  public static TrainingSettings parse(Map<String, String> m) {
    try {
      String task = m.get("task");
      String base = m.getOrDefault("base_model", "");
      return new TrainingSettings(m.get("target"),
          task == null || task.equals("auto") ? null : Task.valueOf(task.toUpperCase(Locale.ROOT)),
          ModelKind.valueOf(m.get("model").toUpperCase(Locale.ROOT)),
          Integer.parseInt(m.get("epochs")), Integer.parseInt(m.get("batch_size")),
          Double.parseDouble(m.get("learning_rate")), Long.parseLong(m.get("seed")), m.get("device"),
          Integer.parseInt(m.getOrDefault("threads", "0")), base.isBlank() ? null : base,
          ints(m.getOrDefault("hidden_units", "[]")), Integer.parseInt(m.get("patience")),
          Double.parseDouble(m.get("validation_fraction")), Double.parseDouble(m.get("test_fraction")),
          texts(m.getOrDefault("excluded_columns", "")));
    } catch (RuntimeException e) {
      if (e instanceof WorkbenchException w) {
        throw w;
      }
      throw new WorkbenchException("The stored settings of this run are incomplete, so it cannot continue: "
          + e.getMessage(), e);
    }
  }

  private static List<Integer> ints(String text) {
    String inner = text.replace("[", "").replace("]", "").trim();
    List<Integer> out = new ArrayList<>();
    if (!inner.isEmpty()) {
      for (String part : inner.split(",")) {
        out.add(Integer.parseInt(part.trim()));
      }
    }
    return out;
  }

  private static List<String> texts(String text) {
    return text.isBlank() ? List.of() : Arrays.asList(text.split(","));
  }
}
