package org.modelworkbench.model;

import java.util.List;

/**
 * What a library model takes and gives, and where its files came from. Kept apart from
 * {@link ModelInfo} so that record stays as it is; models trained before this was recorded have
 * {@link #unknown()}.
 *
 * @param inputKind {@code image}, {@code tabular} or {@code unknown}
 * @param inputShape one example's input dimensions without the batch, for example {@code [1, 8, 8]}
 *     (channels, height, width) or {@code [12]} (features); empty when unknown
 * @param outputShape one example's output dimensions without the batch, for example {@code [10]}
 * @param labels class names in output order, or empty
 * @param signatures named entry points (TensorFlow SavedModels), or empty
 * @param sourceFile the file or folder the model was imported from, or null
 * @param sha256 content hash of the model's files, or null
 * @param modelFile the main file inside the model's folder (for example {@code model.pt}), or null
 *     when the whole folder is the model
 * @param description one line on what it is, for example "input 1×8×8, output 10 classes"
 * @param normalization how image pixels become the input's values ({@link ImageNormalization#NONE}
 *     for tabular models and images scaled to 0…1)
 */
public record ModelSignature(
    String inputKind,
    List<Long> inputShape,
    List<Long> outputShape,
    List<String> labels,
    List<SignatureSpec> signatures,
    String sourceFile,
    String sha256,
    String modelFile,
    String description,
    ImageNormalization normalization) {

  /** Image input: {@link #inputShape} is channels, height, width. */
  public static final String IMAGE = "image";
  /** Tabular input: {@link #inputShape} is the number of features. */
  public static final String TABULAR = "tabular";
  /** Text input: {@link #inputShape} is the number of text columns. */
  public static final String TEXT = "text";
  /** Input not known. */
  public static final String UNKNOWN = "unknown";

  /** Copies the lists; a null kind becomes {@link #UNKNOWN}, a null normalisation {@link ImageNormalization#NONE}. */
  public ModelSignature {
    inputKind = inputKind == null ? UNKNOWN : inputKind;
    normalization = normalization == null ? ImageNormalization.NONE : normalization;
    inputShape = inputShape == null ? List.of() : List.copyOf(inputShape);
    outputShape = outputShape == null ? List.of() : List.copyOf(outputShape);
    labels = labels == null ? List.of() : List.copyOf(labels);
    signatures = signatures == null ? List.of() : List.copyOf(signatures);
  }

  /** A signature whose images (if any) are only scaled to 0…1. */
  public ModelSignature(String inputKind, List<Long> inputShape, List<Long> outputShape, List<String> labels,
      List<SignatureSpec> signatures, String sourceFile, String sha256, String modelFile, String description) {
    this(inputKind, inputShape, outputShape, labels, signatures, sourceFile, sha256, modelFile, description,
        ImageNormalization.NONE);
  }

  /** The signature of a model about which nothing was recorded. */
  public static ModelSignature unknown() {
    return new ModelSignature(UNKNOWN, List.of(), List.of(), List.of(), List.of(), null, null, null, null);
  }

  /** Number of outputs per example (the product of {@link #outputShape}), or 0 when unknown. */
  public long outputCount() {
    if (outputShape.isEmpty()) {
      return 0;
    }
    long n = 1;
    for (long d : outputShape) {
      n *= Math.max(d, 1);
    }
    return n;
  }

  /** The same signature with other labels. */
  public ModelSignature withLabels(List<String> newLabels) {
    return new ModelSignature(inputKind, inputShape, outputShape, newLabels, signatures, sourceFile, sha256,
        modelFile, description, normalization);
  }

  /** The same signature with another normalisation of image pixels. */
  public ModelSignature withNormalization(ImageNormalization newNormalization) {
    return new ModelSignature(inputKind, inputShape, outputShape, labels, signatures, sourceFile, sha256,
        modelFile, description, newNormalization);
  }
}
