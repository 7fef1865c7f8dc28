/**
 * The desktop window. It talks to the services only, and runs every long action off the FX
 * thread.
 */
package org.modelworkbench.app.desktop;
