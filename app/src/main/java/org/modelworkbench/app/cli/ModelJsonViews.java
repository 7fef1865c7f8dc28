package org.modelworkbench.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.model.SignatureSpec;
import org.modelworkbench.model.TensorSpec;
import org.modelworkbench.services.library.ModelLibrary;
import org.modelworkbench.services.library.TextEncoderLibrary;
import org.modelworkbench.services.scoring.ModelEvaluationOutcome;

/** JSON documents of the model library: a model with its inputs, outputs and lineage; evaluations as-is. */
final class ModelJsonViews {
  private ModelJsonViews() {}

  /** A model as {@link JsonViews#model} plus {@code inputs}, {@code outputs}, {@code labels} and {@code lineage}. */
  static Map<String, Object> model(ModelInfo model, ModelLibrary library) {
    return model(model, library, null);
  }

  /**
   * As {@link #model(ModelInfo, ModelLibrary)}, plus {@code textEncoder} (family, sizes, pooling,
   * language, labels) for an imported text model.
   */
  static Map<String, Object> model(ModelInfo model, ModelLibrary library, TextEncoderLibrary encoders) {
    ModelSignature s = library.signature(model);
    Map<String, Object> m = JsonViews.model(model);
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("kind", s.inputKind());
    inputs.put("shape", s.inputShape());
    if (ModelSignature.IMAGE.equals(s.inputKind())) {
      inputs.put("normalization", s.normalization().text());
    }
    m.put("inputs", inputs);
    Map<String, Object> outputs = new LinkedHashMap<>();
    outputs.put("shape", s.outputShape());
    m.put("outputs", outputs);
    m.put("labels", s.labels());
    m.put("description", s.description());
    m.put("signatures", signatures(s.signatures()));
    m.put("sourceFile", s.sourceFile());
    m.put("sha256", s.sha256());
    Map<String, Object> lineage = new LinkedHashMap<>();
    lineage.put("baseModel", model.baseModelId() == null ? null : library.find(model.baseModelId()).name());
    lineage.put("ancestors", library.ancestors(model).stream().map(ModelInfo::name).toList());
    lineage.put("runId", model.runId());
    lineage.put("datasetId", model.datasetId());
    lineage.put("fineTuned", library.derived(model).stream().map(ModelInfo::name).toList());
    m.put("lineage", lineage);
    if (encoders != null) {
      encoders.imported(model).ifPresent(e -> m.put("textEncoder", e.facts().asMap()));
    }
    return m;
  }

  /** An as-is evaluation: {@link JsonViews#evaluation} plus {@code model} and {@code metrics.top_k_accuracy}. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> evaluation(ModelEvaluationOutcome outcome) {
    Map<String, Object> m = JsonViews.evaluation(outcome.evaluation());
    m.put("model", outcome.model().name());
    if (outcome.topK() != null) {
      Map<String, Object> metrics = (Map<String, Object>) m.get("metrics");
      metrics.put("top_k_accuracy", JsonViews.number(outcome.topK().accuracy()));
      metrics.put("top_k", outcome.topK().k());
    }
    return m;
  }

  private static List<Object> signatures(List<SignatureSpec> signatures) {
    List<Object> out = new ArrayList<>();
    for (SignatureSpec s : signatures) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", s.name());
      m.put("inputs", tensors(s.inputs()));
      m.put("outputs", tensors(s.outputs()));
      out.add(m);
    }
    return out;
  }

  private static List<Object> tensors(List<TensorSpec> tensors) {
    List<Object> out = new ArrayList<>();
    for (TensorSpec t : tensors) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", t.name());
      m.put("dtype", t.dtype());
      m.put("shape", t.shape());
      out.add(m);
    }
    return out;
  }
}
