/**
 * The Images tab of an image dataset: its pictures by class with their counts, a larger preview,
 * and the files its import left out.
 */
package org.modelworkbench.app.desktop.gallery;
