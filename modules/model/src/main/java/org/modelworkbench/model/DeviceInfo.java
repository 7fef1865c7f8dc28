package org.modelworkbench.model;

/**
 * The compute device a run used.
 *
 * @param requested what was asked for: auto, cpu, gpu or gpu:N
 * @param id the engine's device id, for example {@code cpu()} or {@code gpu(0)}
 * @param name a readable name, for example the GPU's model
 * @param memoryBytes device memory in bytes, or 0 when unknown
 * @param note why the device differs from the request (for example a CPU fallback), or null
 */
public record DeviceInfo(String requested, String id, String name, long memoryBytes, String note) {}
