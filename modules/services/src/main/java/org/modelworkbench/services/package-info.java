/**
 * Use cases shared by the desktop window and the command line: import, train, evaluate, predict
 * and report. Both shells stay thin: every rule about data, runs and models lives here or below.
 */
package org.modelworkbench.services;
