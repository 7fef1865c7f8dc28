/**
 * Use cases shared by the desktop window and the command line: import, train, evaluate, predict
 * and report. Both shells stay thin: every rule about data, runs and models lives here or below.
 *
 * <p>{@link org.modelworkbench.services.Workbench} opens a project and hands out one service per feature package:
 * {@code datasets} (import, quality, galleries, export), {@code catalog} (read access to runs and
 * models), {@code library} (import, export and describe models), {@code scoring} (evaluate and
 * predict), {@code training} (every way to train, as routes) and {@code reports}. Feature packages
 * never use this root package; which may use which is stated in the services' layering test.
 */
package org.modelworkbench.services;
