package org.modelworkbench.ml.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.modelworkbench.ml.text.bert.BertConfig;
import org.modelworkbench.ml.text.bert.Pooling;

/**
 * A pretrained text encoder shipped inside the application, as resources of a Maven jar.
 *
 * @param id stable identifier, for the command line and stored runs
 * @param displayName the model's own name
 * @param language the language it was trained on
 * @param config its sizes (checked against the weights by the tests)
 * @param pooling the pooling it was trained with
 * @param licence SPDX identifier of the weights' licence
 * @param artifactId the Maven artifact (group {@value #GROUP_ID}) whose jar holds the files
 * @param weightsResource the ONNX file at the jar's root
 * @param tokenizerResource the tokenizer.json file at the jar's root
 */
public record BuiltInEncoder(String id, String displayName, String language, BertConfig config,
    Pooling pooling, String licence, String artifactId, String weightsResource,
    String tokenizerResource) {
  /** Maven group of the jars the built-in encoders come from. */
  public static final String GROUP_ID = "dev.langchain4j";

  /** Transformer layers. */
  public int layers() {
    return config.layers();
  }

  /** Width of the text vectors. */
  public int width() {
    return config.hiddenSize();
  }

  /** Attention heads per layer. */
  public int heads() {
    return config.heads();
  }

  /** Longest input the model takes, in tokens. */
  public int maxTokens() {
    return config.maxPositions();
  }

  /** Tokens in the vocabulary. */
  public int vocabularySize() {
    return config.vocabSize();
  }

  /**
   * Maven coordinates of the source jar, {@code group:artifact:version}; the version is read from
   * the jar's own {@code pom.properties}.
   */
  public String coordinates() {
    return GROUP_ID + ":" + artifactId + ":" + version();
  }

  private String version() {
    String path = "META-INF/maven/" + GROUP_ID + "/" + artifactId + "/pom.properties";
    try (InputStream in = BuiltInEncoder.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** One line for lists: "BERT-family encoder, 6 layers, 384 wide, max 512 tokens, English". */
  public String description() {
    return "BERT-family encoder, " + layers() + " layers, " + width() + " wide, max " + maxTokens()
        + " tokens, " + language;
  }

  /**
   * Opens the ONNX weights.
   *
   * @return the stream; the caller closes it
   * @throws IOException if the jar is not on the class path
   */
  public InputStream openWeights() throws IOException {
    return open(weightsResource);
  }

  /**
   * Opens the tokenizer.json.
   *
   * @return the stream; the caller closes it
   * @throws IOException if the jar is not on the class path
   */
  public InputStream openTokenizer() throws IOException {
    return open(tokenizerResource);
  }

  private InputStream open(String resource) throws IOException {
    InputStream in = BuiltInEncoder.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("The built-in model " + displayName + " is missing from this build ("
          + resource + " from " + GROUP_ID + ":" + artifactId + ")");
    }
    return in;
  }
}
