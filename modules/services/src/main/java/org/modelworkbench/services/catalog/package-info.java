/**
 * Read access to what a project has recorded: runs with their settings and curves, models and
 * evaluations. Every other feature package may read through it; it uses none of them.
 */
package org.modelworkbench.services.catalog;
