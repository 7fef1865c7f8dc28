package org.modelworkbench.services.scoring;

/**
 * A test text of a run with what its model made of it.
 *
 * @param actual the true class
 * @param predicted the class the model gave it
 * @param probability the model's probability of the predicted class
 * @param text the row's free-text columns joined by line breaks, in full
 */
public record ExampleText(String actual, String predicted, double probability, String text) {}
