package org.modelworkbench.report;

/**
 * A small picture the model got wrong, for the report's grid of mistakes.
 *
 * @param file the picture's name in the dataset
 * @param actual its true class
 * @param predicted the class the model gave it
 * @param probability the model's probability for the predicted class
 * @param image the picture file's bytes (PNG, JPEG, BMP or GIF); the report scales it down
 */
public record Thumbnail(String file, String actual, String predicted, double probability, byte[] image) {}
