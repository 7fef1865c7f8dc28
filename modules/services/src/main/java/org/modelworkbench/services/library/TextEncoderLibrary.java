package org.modelworkbench.services.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.modelworkbench.ml.text.BuiltInEncoders;

/**
 * The text encoders a project can train on: the built-in ones, then the ones imported into its
 * library. Names are matched without regard to case.
 */
public final class TextEncoderLibrary {
  /** The encoders of an open project. */
  public TextEncoderLibrary() {}

  /** Every encoder, built-in ones first. */
  public List<TextEncoderSource> all() {
    List<TextEncoderSource> out = new ArrayList<>();
    BuiltInEncoders.all().forEach(e -> out.add(TextEncoderSource.of(e)));
    return out;
  }

  /** The encoder of that name, if there is one. */
  public Optional<TextEncoderSource> find(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return all().stream().filter(e -> e.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
  }

  /** The encoder a text route uses when the analyst names none for full or head training. */
  public TextEncoderSource defaultEncoder() {
    return TextEncoderSource.of(BuiltInEncoders.defaultEncoder());
  }
}
