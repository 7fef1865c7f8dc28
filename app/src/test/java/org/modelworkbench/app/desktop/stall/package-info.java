/**
 * The FX-thread stall benchmark's harness ({@code modules/benchmarks/run-stall-benchmark.sh} runs
 * it with the app's test classpath): the real window, driven through a drop's import and the Train
 * button, with a watchdog on the JavaFX application thread. A test hook, so it lives in the test
 * sources and the product holds no benchmark code.
 */
package org.modelworkbench.app.desktop.stall;
