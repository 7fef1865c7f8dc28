package org.modelworkbench.app.desktop.models;

import org.modelworkbench.services.library.TextEncoderSource;

/**
 * One built-in text encoder as the Models view lists it, in plain text.
 *
 * @param name the name to give as the base model ("bge-small-en-v1.5"), with "(default)" for the default
 * @param language the language it was trained on
 * @param size "33.4M parameters, 134 MB"
 * @param licence the weights' licence
 * @param pooling "CLS" or "mean"
 * @param description "BERT-family encoder, 12 layers, 384 wide, max 512 tokens, English"
 * @param source the Maven coordinates of the jar its files come from
 */
public record EncoderRow(String name, String language, String size, String licence, String pooling,
    String description, String source) {
  /** The row of an encoder. */
  public static EncoderRow of(TextEncoderSource e) {
    var f = e.facts();
    return new EncoderRow(e.name() + (e.isDefault() ? " (default)" : ""),
        f.language() == null ? "not recorded" : f.language(), f.size(), f.licence() == null ? "" : f.licence(),
        f.poolingName().equals("cls") ? "CLS" : f.poolingName(), e.description(), f.source());
  }
}
