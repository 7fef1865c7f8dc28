package org.modelworkbench.imaging;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import javax.imageio.ImageIO;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;

/**
 * Makes sure TwelveMonkeys' JPEG reader is in ImageIO's registry. Its service file registers it
 * when ImageIO first scans the class path, but that scan uses the context class loader of the
 * first thread to touch ImageIO, which in a plug-in host or a test runner may not see our jars.
 */
final class PluginCheck {
  private static volatile boolean checked;

  private PluginCheck() {}

  static void ensureRegistered() {
    if (checked) {
      return;
    }
    synchronized (PluginCheck.class) {
      if (!checked) {
        IIORegistry registry = IIORegistry.getDefaultInstance();
        if (registry.getServiceProviderByClass(JPEGImageReaderSpi.class) == null) {
          ImageIO.scanForPlugins();
        }
        if (registry.getServiceProviderByClass(JPEGImageReaderSpi.class) == null) {
          // Registering it orders it before the JDK's JPEG reader (its onRegistration does that).
          registry.registerServiceProvider(new JPEGImageReaderSpi(), ImageReaderSpi.class);
        }
        checked = true;
      }
    }
  }
}
