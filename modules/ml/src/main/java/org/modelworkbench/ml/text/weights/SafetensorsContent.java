package org.modelworkbench.ml.text.weights;

import java.util.Map;

/**
 * What a safetensors file holds, as {@link SafetensorsReader} returns it.
 *
 * @param tensors the floating-point tensors by name, in file order, as 32-bit floats (F16 and
 *     BF16 are widened)
 * @param otherTensors name and dtype of the tensors that are not floating point (for example a
 *     BERT checkpoint's int64 {@code position_ids} buffer), which are not decoded
 * @param metadata the header's {@code __metadata__} strings (empty if none)
 */
public record SafetensorsContent(Map<String, WeightTensor> tensors,
    Map<String, String> otherTensors, Map<String, String> metadata) {}
