package org.modelworkbench.ml.text.onnx;

import java.util.List;
import java.util.Map;

/**
 * One operator of an ONNX graph, with the attributes a weights reader needs.
 *
 * @param name the node's name (may be empty)
 * @param opType the operator, for example {@code MatMul} or {@code Reshape}
 * @param inputs names of the values it reads, in order
 * @param outputs names of the values it writes
 * @param tensors tensor-valued attributes, such as a {@code Constant}'s {@code value}
 * @param floats float attributes, such as a {@code LayerNormalization}'s {@code epsilon}
 * @param ints integer attributes
 */
public record OnnxNode(String name, String opType, List<String> inputs, List<String> outputs,
    Map<String, OnnxTensor> tensors, Map<String, Float> floats, Map<String, Long> ints) {}
