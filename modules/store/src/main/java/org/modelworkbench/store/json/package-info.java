/**
 * JSON documents the project database stores: metrics, device descriptions, text maps and
 * column profile parts. Public so other modules (command line output, reports) write the same
 * documents.
 */
package org.modelworkbench.store.json;
