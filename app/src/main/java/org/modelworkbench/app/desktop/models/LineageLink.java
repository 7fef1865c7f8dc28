package org.modelworkbench.app.desktop.models;

/**
 * One step of a model's lineage: its base model, the run that made it, a model fine-tuned from it,
 * or the data it learned from.
 *
 * @param role what the step is to this model, for example "Fine-tuned from"
 * @param text what to show, for example "digits_cnn"
 * @param identity the sidebar item to select when clicked (for example "model:3"), or null for plain text
 */
public record LineageLink(String role, String text, String identity) {}
