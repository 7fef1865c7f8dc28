package org.modelworkbench.ml.tensorflow;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.modelworkbench.model.WorkbenchException;

/**
 * Unpacks the TensorFlow native libraries from the {@code tensorflow-core-native} jar on the class
 * path into a cache folder, once; later starts find them there. Nothing is downloaded.
 */
final class TensorFlowNatives {
  private static final String ROOT = "org/tensorflow/internal/c_api/";
  private static final String POM = "META-INF/maven/org.tensorflow/tensorflow-core-native/pom.properties";
  private static final String DONE = ".complete";

  private TensorFlowNatives() {}

  /** The platform folder name inside the native jar, for example {@code linux-x86_64}. */
  static String platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String cpu = arch.contains("aarch64") || arch.contains("arm64") ? "arm64" : "x86_64";
    if (os.contains("win")) {
      return "windows-" + cpu;
    }
    if (os.contains("mac")) {
      return "macosx-" + cpu;
    }
    return "linux-" + cpu;
  }

  /**
   * Makes sure the natives are unpacked under {@code cacheRoot} and returns their folder.
   *
   * @throws WorkbenchException when the native jar is missing or the files cannot be written
   */
  static Path unpack(Path cacheRoot) {
    String platform = platform();
    String prefix = ROOT + platform + "/";
    ClassLoader loader = TensorFlowNatives.class.getClassLoader();
    URL marker = loader.getResource(prefix + "LICENSE");
    if (marker == null) {
      throw new WorkbenchException("The TensorFlow native libraries for " + platform + " are not part of this "
          + "build, so TensorFlow models cannot run here. Use a build for this system.");
    }
    Path target = cacheRoot.resolve("tensorflow").resolve(version(loader) + "-" + platform);
    if (Files.exists(target.resolve(DONE))) {
      return target;
    }
    try {
      Files.createDirectories(target);
      for (String entry : entries(marker, prefix)) {
        String name = entry.substring(prefix.length());
        Path temp = target.resolve(name + ".part");
        try (InputStream in = loader.getResourceAsStream(entry)) {
          if (in == null) {
            throw new IOException("missing " + entry);
          }
          Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(temp, target.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.writeString(target.resolve(DONE), "unpacked from " + marker);
      return target;
    } catch (IOException e) {
      throw new WorkbenchException("The TensorFlow native libraries could not be unpacked into " + target + " ("
          + e.getMessage() + "). Check that the folder is writable and the disk has about 650 MB free.", e);
    }
  }

  /** The library files under {@code prefix} in the jar that holds {@code marker}. */
  private static List<String> entries(URL marker, String prefix) throws IOException {
    List<String> out = new ArrayList<>();
    if ("jar".equals(marker.getProtocol())) {
      JarURLConnection connection = (JarURLConnection) marker.openConnection();
      connection.setUseCaches(false);
      try (JarFile jar = connection.getJarFile()) {
        for (JarEntry entry : Collections.list(jar.entries())) {
          String name = entry.getName();
          if (name.startsWith(prefix) && !entry.isDirectory() && name.indexOf('/', prefix.length()) < 0
              && !name.endsWith("LICENSE")) {
            out.add(name);
          }
        }
      }
    } else {
      try (var files = Files.list(Path.of(java.net.URI.create(marker.toString())).getParent())) {
        files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("LICENSE")).forEach(n -> out.add(prefix + n));
      }
    }
    if (out.isEmpty()) {
      throw new IOException("no native library found under " + prefix);
    }
    return out;
  }

  private static String version(ClassLoader loader) {
    Properties properties = new Properties();
    try (InputStream in = loader.getResourceAsStream(POM)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return properties.getProperty("version", "unknown");
  }
}
