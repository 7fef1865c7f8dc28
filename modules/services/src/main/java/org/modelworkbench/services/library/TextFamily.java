package org.modelworkbench.services.library;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modelworkbench.ml.text.bert.BertConfig;
import org.modelworkbench.ml.text.weights.WeightTensor;

/**
 * The BERT-family architectures an import reads, by {@code config.json}'s {@code model_type}, and
 * how each one's weights map onto a BERT encoder's names, so that one BERT block
 * ({@code ml.text.bert}) runs all of them.
 *
 * <ul>
 *   <li>BERT (also MiniLM and bge, which are {@code bert}): names as they are, without the
 *       {@code bert.} prefix of a task model.
 *   <li>RoBERTa and XLM-R: BERT's layer names under {@code roberta.}; their positions start at
 *       {@code pad_token_id + 1} (2), so the first two rows of the position table are never used
 *       by a real token and are dropped, which makes position {@code p} row {@code p} as in BERT.
 *       They have one token type.
 *   <li>DistilBERT: its own names ({@code transformer.layer.N.attention.q_lin}, {@code ffn.lin1},
 *       {@code sa_layer_norm}...) for the same post-LayerNorm layer; no token types, so a zero
 *       table of one type is added.
 * </ul>
 */
enum TextFamily {
  /** BERT, MiniLM, bge. */
  BERT("bert"),
  /** DistilBERT. */
  DISTILBERT("distilbert"),
  /** RoBERTa. */
  ROBERTA("roberta"),
  /** XLM-RoBERTa. */
  XLM_ROBERTA("xlm-roberta");

  private static final Pattern DISTIL_LAYER = Pattern.compile("transformer\\.layer\\.(\\d+)\\.(.+)");
  private static final Map<String, String> DISTIL_PARTS = Map.of(
      "attention.q_lin", "attention.self.query",
      "attention.k_lin", "attention.self.key",
      "attention.v_lin", "attention.self.value",
      "attention.out_lin", "attention.output.dense",
      "sa_layer_norm", "attention.output.LayerNorm",
      "ffn.lin1", "intermediate.dense",
      "ffn.lin2", "output.dense",
      "output_layer_norm", "output.LayerNorm");
  private static final String POSITIONS = "embeddings.position_embeddings.weight";
  private static final String TOKEN_TYPES = "embeddings.token_type_embeddings.weight";

  private final String modelType;

  TextFamily(String modelType) {
    this.modelType = modelType;
  }

  /** The {@code model_type} in {@code config.json}. */
  String modelType() {
    return modelType;
  }

  /** The family a {@code model_type} names, if it is one the import reads. */
  static Optional<TextFamily> of(String modelType) {
    String wanted = modelType == null ? "" : modelType.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.modelType.equals(wanted)).findFirst();
  }

  /** Whether the weights must be renamed or reshaped before the BERT block reads them. */
  boolean needsConversion() {
    return this != BERT;
  }

  /**
   * The sizes as a BERT encoder of the converted weights has them.
   *
   * @param c the parsed {@code config.json}
   * @return the sizes
   * @throws IllegalArgumentException when a size is missing or invalid, naming the key
   */
  BertConfig bertConfig(JsonNode c) {
    if (this == DISTILBERT) {
      return new BertConfig(required(c, "vocab_size"), required(c, "dim"), required(c, "n_layers"),
          required(c, "n_heads"), required(c, "hidden_dim"), required(c, "max_position_embeddings"), 1,
          1e-12f, (float) c.path("dropout").asDouble(0.1), (float) c.path("attention_dropout").asDouble(0.1));
    }
    int positions = required(c, "max_position_embeddings") - positionOffset(c);
    return new BertConfig(required(c, "vocab_size"), required(c, "hidden_size"),
        required(c, "num_hidden_layers"), required(c, "num_attention_heads"), required(c, "intermediate_size"),
        positions, c.path("type_vocab_size").asInt(this == BERT ? 2 : 1),
        (float) c.path("layer_norm_eps").asDouble(this == BERT ? 1e-12 : 1e-5),
        (float) c.path("hidden_dropout_prob").asDouble(0.1),
        (float) c.path("attention_probs_dropout_prob").asDouble(0.1));
  }

  /** The activation the feed-forward layers use, as {@code config.json} names it. */
  String activation(JsonNode c) {
    return (this == DISTILBERT ? c.path("activation") : c.path("hidden_act")).asText("gelu");
  }

  /** Rows of the position table before position 0 of a real token. */
  int positionOffset(JsonNode c) {
    return this == ROBERTA || this == XLM_ROBERTA ? c.path("pad_token_id").asInt(1) + 1 : 0;
  }

  private static int required(JsonNode c, String key) {
    JsonNode v = c.get(key);
    if (v == null || !v.canConvertToInt() || v.asInt() <= 0) {
      throw new IllegalArgumentException("has no " + key);
    }
    return v.asInt();
  }

  /**
   * A weight's name in a bare BERT encoder; weights outside the encoder (pooler, classifier) keep
   * their names.
   */
  String bertName(String name) {
    String n = name;
    String prefix = switch (this) {
      case BERT -> "bert.";
      case DISTILBERT -> "distilbert.";
      default -> "roberta.";
    };
    if (n.startsWith(prefix)) {
      n = n.substring(prefix.length());
    }
    if (n.endsWith("LayerNorm.gamma")) {
      n = n.substring(0, n.length() - "gamma".length()) + "weight";
    } else if (n.endsWith("LayerNorm.beta")) {
      n = n.substring(0, n.length() - "beta".length()) + "bias";
    }
    if (this == DISTILBERT) {
      Matcher m = DISTIL_LAYER.matcher(n);
      if (m.matches()) {
        String rest = m.group(2);
        for (Map.Entry<String, String> e : DISTIL_PARTS.entrySet()) {
          if (rest.startsWith(e.getKey() + ".")) {
            return "encoder.layer." + m.group(1) + "." + e.getValue() + rest.substring(e.getKey().length());
          }
        }
      }
    }
    return n;
  }

  /**
   * The shapes the converted weights will have: renamed, the position table without its unused
   * rows, a one-type token table where the family has none.
   */
  Map<String, long[]> bertShapes(Map<String, long[]> shapes, JsonNode c, int width) {
    int offset = positionOffset(c);
    Map<String, long[]> out = new LinkedHashMap<>();
    shapes.forEach((name, shape) -> {
      String n = bertName(name);
      if (n.equals(POSITIONS) && offset > 0 && shape.length == 2) {
        out.put(n, new long[] {shape[0] - offset, shape[1]});
      } else {
        out.put(n, shape);
      }
    });
    if (this == DISTILBERT) {
      out.putIfAbsent(TOKEN_TYPES, new long[] {1, width});
    }
    return out;
  }

  /** The weights converted as {@link #bertShapes} describes. */
  Map<String, WeightTensor> bertWeights(Map<String, WeightTensor> tensors, JsonNode c, int width) {
    int offset = positionOffset(c);
    Map<String, WeightTensor> out = new LinkedHashMap<>();
    tensors.forEach((name, t) -> {
      String n = bertName(name);
      if (n.equals(POSITIONS) && offset > 0 && t.shape().length == 2) {
        int rows = Math.toIntExact(t.shape()[0] - offset);
        int cols = Math.toIntExact(t.shape()[1]);
        float[] kept = Arrays.copyOfRange(t.values(), offset * cols, (offset + rows) * cols);
        out.put(n, new WeightTensor(new long[] {rows, cols}, kept));
      } else {
        out.put(n, t);
      }
    });
    if (this == DISTILBERT) {
      out.putIfAbsent(TOKEN_TYPES, new WeightTensor(new long[] {1, width}, new float[width]));
    }
    return out;
  }
}
