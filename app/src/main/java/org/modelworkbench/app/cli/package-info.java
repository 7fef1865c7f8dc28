/**
 * The {@code workbench} command line: one picocli command per use case, each a thin shell over
 * the services. User errors print one plain line on stderr and exit with status 1.
 */
package org.modelworkbench.app.cli;
