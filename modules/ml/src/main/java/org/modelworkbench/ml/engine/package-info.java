/**
 * The engine: {@link org.modelworkbench.ml.engine.EngineSetup} starts PyTorch offline from the natives in the Maven
 * jar (unpacked once into the per-user cache), {@link org.modelworkbench.ml.engine.Devices} maps the user's device
 * choice (auto, CPU, GPU n) to an engine device with a plain fallback message, and
 * {@link org.modelworkbench.ml.engine.GpuNames} names the GPUs for the window and the run record.
 */
package org.modelworkbench.ml.engine;
