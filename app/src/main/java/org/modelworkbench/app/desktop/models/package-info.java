/**
 * The models view: every model of the project's library, and one model's page with what it takes
 * and gives, its lineage and evaluations.
 */
package org.modelworkbench.app.desktop.models;
