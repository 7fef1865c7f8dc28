package org.modelworkbench.ml.text.finetune;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelworkbench.ml.engine.EngineSetup;
import org.modelworkbench.ml.text.TextTokenizer;
import org.modelworkbench.ml.text.TokenBatch;
import org.modelworkbench.ml.text.TokenizedText;
import org.modelworkbench.ml.text.bert.BertEncoderBlock;
import org.modelworkbench.ml.text.bert.BertWeights;
import org.modelworkbench.ml.text.bert.Pooling;
import org.modelworkbench.ml.text.classify.TextClassifier;
import org.modelworkbench.ml.text.classify.TextClassifierKind;
import org.modelworkbench.ml.text.tfidf.DenseFeatures;
import org.modelworkbench.ml.text.weights.WeightTensor;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ProgressListener;

/**
 * A BERT-family encoder with a sequence-classification head ({@link SequenceClassifierBlock}),
 * fine-tuned by {@link TextFineTuner} or read from a Hugging Face folder that carries its own
 * head. Its folder is the Hugging Face layout ({@link #save}), so Python's {@code transformers}
 * gives the same probabilities from it.
 *
 * <p>Scoring runs in bounded batches: texts are tokenized {@value #CHUNK_TEXTS} at a time, sorted
 * by length within that chunk so a batch holds texts of similar length (less padding), run
 * {@value #SCORE_BATCH} at a time, and each batch's engine memory is freed before the next.
 *
 * <p>Holds native memory (weights and tokenizer): close it.
 */
public final class FineTunedTextClassifier implements TextClassifier {
  /** Texts per forward pass when scoring. */
  public static final int SCORE_BATCH = 32;
  /** Texts tokenized and sorted together when scoring. */
  static final int CHUNK_TEXTS = 1024;

  private final NDManager manager;
  private final SequenceClassifierBlock block;
  private final TextTokenizer tokenizer;
  private final String tokenizerJson;
  private final List<String> labels;

  private FineTunedTextClassifier(NDManager manager, SequenceClassifierBlock block,
      TextTokenizer tokenizer, String tokenizerJson, List<String> labels) {
    this.manager = manager;
    this.block = block;
    this.tokenizer = tokenizer;
    this.tokenizerJson = tokenizerJson;
    this.labels = List.copyOf(labels);
  }

  /**
   * Builds a classifier from an encoder's weights. The pooler starts from the weights' own
   * ({@code pooler.dense.*}) when they have one, and so does the classifier
   * ({@code classifier.*}, when its shape fits the labels); what is missing starts random.
   *
   * @param weights the encoder's sizes and weights under bare names, with their dropout rates
   *     set for training
   * @param tokenizerJson the tokenizer.json text
   * @param labels the classes in logit order
   * @param maxTokens tokens kept per text (at most the model's limit)
   * @param dropout dropout on the pooled vector in training
   * @param seed seeds the random head values
   * @param device where the weights live, or null for the engine's default device
   * @return the classifier; the caller closes it
   * @throws IOException if the tokenizer cannot be read
   */
  static FineTunedTextClassifier create(BertWeights weights, String tokenizerJson,
      List<String> labels, int maxTokens, float dropout, long seed, Device device)
      throws IOException {
    int limit = Math.min(maxTokens, weights.config().maxPositions());
    if (limit <= 0) {
      throw new IllegalArgumentException("maxTokens must be positive");
    }
    NDManager manager = EngineSetup.engine().newBaseManager(device);
    TextTokenizer tokenizer = null;
    try {
      tokenizer = TextTokenizer.fromStream(
          new ByteArrayInputStream(tokenizerJson.getBytes(StandardCharsets.UTF_8)), limit);
      BertEncoderBlock encoder = BertEncoderBlock.pretrained(weights, Pooling.CLS, manager);
      SequenceClassifierBlock block = new SequenceClassifierBlock(encoder, labels.size(), dropout);
      Map<String, WeightTensor> head = new LinkedHashMap<>();
      Map<String, WeightTensor> t = weights.tensors();
      copy(t, "pooler.dense.weight", head, SequenceClassifierBlock.POOLER_WEIGHT);
      copy(t, "pooler.dense.bias", head, SequenceClassifierBlock.POOLER_BIAS);
      WeightTensor classifier = t.get("classifier.weight");
      if (classifier != null && classifier.shape()[0] == labels.size()) {
        copy(t, "classifier.weight", head, SequenceClassifierBlock.CLASSIFIER_WEIGHT);
        copy(t, "classifier.bias", head, SequenceClassifierBlock.CLASSIFIER_BIAS);
      }
      block.initializeHead(head, seed, manager);
      return new FineTunedTextClassifier(manager, block, tokenizer, tokenizerJson, labels);
    } catch (IOException | RuntimeException e) {
      if (tokenizer != null) {
        tokenizer.close();
      }
      manager.close();
      throw e;
    }
  }

  private static void copy(Map<String, WeightTensor> from, String name,
      Map<String, WeightTensor> to, String as) {
    WeightTensor t = from.get(name);
    if (t != null) {
      to.put(as, t);
    }
  }

  /**
   * Reads a classifier folder written by {@link #save}, or a user's Hugging Face
   * sequence-classification folder ({@code config.json} with {@code id2label},
   * {@code model.safetensors} with the pooler and classifier, {@code tokenizer.json}), which is
   * then evaluated as it is.
   *
   * @param folder the folder
   * @return the classifier on the engine's default device; the caller closes it
   * @throws IOException with one sentence naming the file and the problem
   */
  public static FineTunedTextClassifier load(Path folder) throws IOException {
    return load(folder, null);
  }

  /**
   * Reads a classifier folder onto a device; see {@link #load(Path)}.
   *
   * @param folder the folder
   * @param device where the weights live, or null for the engine's default device
   * @return the classifier; the caller closes it
   * @throws IOException with one sentence naming the file and the problem
   */
  public static FineTunedTextClassifier load(Path folder, Device device) throws IOException {
    ClassifierFolder.Content c = ClassifierFolder.read(folder);
    FineTunedTextClassifier classifier = create(c.encoder(), c.tokenizerJson(), c.labels(),
        c.maxTokens(), 0.1f, 0, device);
    c = null;
    returnLoadingMemory();
    return classifier;
  }

  /**
   * Gives the Java heap that reading the weights took back to the system. The weights pass
   * through the heap on their way into the engine (file bytes, float arrays, transposed copies:
   * several times their size), and the JVM keeps the heap it grew to: with bge-small-en, 1.5 GB
   * stayed committed through training, on top of the engine's native memory, and the process
   * peaked at 3.5 GB. A full collection with nothing left to keep lets the collector shrink the
   * heap before the engine's own peak (training or scoring) comes.
   */
  static void returnLoadingMemory() {
    System.gc();
  }

  @Override
  public TextClassifierKind kind() {
    return TextClassifierKind.FINE_TUNED;
  }

  @Override
  public List<String> labels() {
    return labels;
  }

  @Override
  public List<String> extraFeatureNames() {
    return List.of();
  }

  /** Tokens kept per text. */
  public int maxTokens() {
    return tokenizer.maxLength();
  }

  /** The network, for training. */
  SequenceClassifierBlock block() {
    return block;
  }

  /** The tokenizer, truncating to {@link #maxTokens()}. */
  TextTokenizer tokenizer() {
    return tokenizer;
  }

  /** The manager that owns the weights. */
  NDManager manager() {
    return manager;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if extra features are given: this classifier reads text
   *     only
   * @throws java.util.concurrent.CancellationException when cancelled between batches
   */
  @Override
  public double[][] probabilities(List<String> texts, DenseFeatures extras,
      ProgressListener progress, CancellationToken cancel) {
    if (extras != null && extras.width() > 0) {
      throw new IllegalArgumentException("A fine-tuned text classifier reads text only");
    }
    double[][] out = new double[texts.size()][];
    // Gradient mode is per thread and on by default: off, so no autograd graph is kept.
    boolean recording = JniUtils.isGradMode();
    JniUtils.setGradMode(false);
    try {
      ParameterStore store = new ParameterStore(manager, false);
      for (int from = 0; from < texts.size(); from += CHUNK_TEXTS) {
        int to = Math.min(texts.size(), from + CHUNK_TEXTS);
        scoreChunk(texts.subList(from, to), from, store, out, progress, cancel, texts.size());
      }
    } finally {
      JniUtils.setGradMode(recording);
    }
    progress.progress(1, "Scored " + texts.size() + " texts");
    return out;
  }

  private void scoreChunk(List<String> texts, int offset, ParameterStore store, double[][] out,
      ProgressListener progress, CancellationToken cancel, int total) {
    List<TokenizedText> tokens = tokenizer.encode(texts);
    List<Integer> order = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(i -> tokens.get(i).length()));
    for (int from = 0; from < order.size(); from += SCORE_BATCH) {
      cancel.throwIfCancelled();
      List<Integer> rows = order.subList(from, Math.min(order.size(), from + SCORE_BATCH));
      List<TokenizedText> batch = new ArrayList<>(rows.size());
      rows.forEach(i -> batch.add(tokens.get(i)));
      double[][] p = probabilities(TokenBatch.bucketed(batch, maxTokens()), store);
      for (int r = 0; r < rows.size(); r++) {
        out[offset + rows.get(r)] = p[r];
      }
      int done = offset + from + rows.size();
      progress.progress(done / (double) total, "Scored " + done + " of " + total + " texts");
    }
  }

  /** The probabilities of one padded batch, in inference mode. */
  double[][] probabilities(TokenBatch batch, ParameterStore store) {
    try (NDManager scope = manager.newSubManager()) {
      NDList inputs = batch.toNDList(scope);
      NDArray logits = block.forward(store, inputs, false).singletonOrThrow();
      return softmax(logits.toFloatArray(), batch.rows(), labels.size());
    }
  }

  /** Row-wise softmax of logits, in double precision. */
  static double[][] softmax(float[] logits, int rows, int classes) {
    double[][] out = new double[rows][classes];
    for (int r = 0; r < rows; r++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < classes; c++) {
        max = Math.max(max, logits[r * classes + c]);
      }
      double sum = 0;
      for (int c = 0; c < classes; c++) {
        out[r][c] = Math.exp(logits[r * classes + c] - max);
        sum += out[r][c];
      }
      for (int c = 0; c < classes; c++) {
        out[r][c] /= sum;
      }
    }
    return out;
  }

  /**
   * Writes the Hugging Face sequence-classification layout (see {@link ClassifierFolder}):
   * {@code config.json} with {@code id2label}, {@code model.safetensors} under Hugging Face
   * names, {@code tokenizer.json}, {@code tokenizer_config.json}, {@code labels.txt} and the
   * workbench's side file.
   *
   * @param folder the model folder (created if missing)
   * @throws IOException if a file cannot be written
   */
  @Override
  public void save(Path folder) throws IOException {
    Files.createDirectories(folder);
    ClassifierFolder.write(folder, block.encoder().config(), labels, block.shapes(),
        block::values, tokenizerJson, maxTokens());
  }

  @Override
  public void close() {
    tokenizer.close();
    manager.close();
  }
}
