package org.modelworkbench.ml.text.onnx;

import java.util.List;
import java.util.Map;

/**
 * What {@link OnnxModelReader} keeps of an ONNX model: the graph's weights and operators.
 *
 * @param initializers the stored weights by name, in file order
 * @param nodes the operators in file (topological) order
 * @param inputs names of the graph's inputs
 * @param outputs names of the graph's outputs
 * @param opsetVersion the default-domain operator set the model was exported for (0 if absent)
 */
public record OnnxGraph(Map<String, OnnxTensor> initializers, List<OnnxNode> nodes,
    List<String> inputs, List<String> outputs, long opsetVersion) {}
