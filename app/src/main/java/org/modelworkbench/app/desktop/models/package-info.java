/** The models view: every model of the project's library with where it came from. */
package org.modelworkbench.app.desktop.models;
