package org.modelworkbench.services.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.modelworkbench.ml.text.BuiltInEncoders;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.store.ProjectDatabase;

/**
 * The text encoders a project can train on: the built-in ones, then the ones imported into its
 * library. Names are matched without regard to case.
 *
 * <p>Built-in encoders are not rows of the models table: they are listed from
 * {@link BuiltInEncoders} every time, so they can be neither deleted nor shadowed (an import may
 * not take a built-in's name).
 */
public final class TextEncoderLibrary {
  /** The model kind of an imported text encoder in the models table. */
  public static final String KIND = "text-encoder";

  private final ProjectDatabase database;

  /** The built-in encoders only, without a project. */
  public TextEncoderLibrary() {
    this(null);
  }

  /**
   * The encoders of an open project.
   *
   * @param database the project, or null for the built-in encoders only
   */
  public TextEncoderLibrary(ProjectDatabase database) {
    this.database = database;
  }

  /** Every encoder, built-in ones first. */
  public List<TextEncoderSource> all() {
    List<TextEncoderSource> out = new ArrayList<>(builtIn());
    out.addAll(imported());
    return out;
  }

  /** The built-in encoders, the default first. */
  public List<TextEncoderSource> builtIn() {
    List<TextEncoderSource> out = new ArrayList<>();
    BuiltInEncoders.all().forEach(e -> out.add(TextEncoderSource.of(e)));
    return out;
  }

  /** The text models imported into the project, ordered by name. */
  public List<TextEncoderSource> imported() {
    List<TextEncoderSource> out = new ArrayList<>();
    if (database == null) {
      return out;
    }
    for (ModelInfo m : database.models().list()) {
      imported(m).ifPresent(out::add);
    }
    return out;
  }

  /** The text encoder a library model is, if it is an imported text model with its facts. */
  public Optional<TextEncoderSource> imported(ModelInfo model) {
    if (database == null || !KIND.equals(model.kind())) {
      return Optional.empty();
    }
    Path folder = database.artifacts().resolve(model.path());
    try {
      return Optional.of(TextEncoderSource.imported(model.name(), folder, model.id(),
          TextModelFacts.read(folder)));
    } catch (IOException e) {
      // A damaged folder: the model still lists in the library, but not as an encoder.
      return Optional.empty();
    }
  }

  /** The encoder of that name, if there is one. */
  public Optional<TextEncoderSource> find(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return all().stream().filter(e -> e.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
  }

  /** Whether the name is a built-in encoder's. */
  public static boolean isBuiltInName(String name) {
    return name != null && BuiltInEncoders.byId(name.strip()).isPresent();
  }

  /** The encoder a text route uses when the analyst names none for full or head training. */
  public TextEncoderSource defaultEncoder() {
    return TextEncoderSource.of(BuiltInEncoders.defaultEncoder());
  }
}
