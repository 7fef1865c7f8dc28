package org.modelworkbench.app.desktop.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/** Folders of pictures per class, made on the fly: small PNGs of mixed sizes and two damaged files. */
public final class PictureFolders {
  private PictureFolders() {}

  /**
   * Writes {@code defects/} with one sub-folder per class, pictures of mixed sizes, and two damaged
   * files: {@code ok/broken.png} (cut short) and {@code dent/empty.jpg} (empty).
   *
   * @param dir where to make the folder
   * @param perClass how many readable pictures each class gets, in order
   * @return the folder
   */
  public static Path defects(Path dir, Map<String, Integer> perClass) {
    Path root = dir.resolve("defects");
    try {
      int seed = 0;
      for (Map.Entry<String, Integer> entry : perClass.entrySet()) {
        for (int i = 0; i < entry.getValue(); i++) {
          seed++;
          png(root.resolve(entry.getKey()).resolve(String.format("%s_%03d.png", entry.getKey(), i)),
              24 + (seed * 37) % 140, 20 + (seed * 53) % 120, seed);
        }
      }
      Path broken = root.resolve("ok/broken.png");
      png(broken, 64, 64, 1);
      Files.write(broken, Arrays.copyOf(Files.readAllBytes(broken), 60));
      Files.createDirectories(root.resolve("dent"));
      Files.write(root.resolve("dent/empty.jpg"), new byte[0]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return root;
  }

  /** ok: 30, scratch: 130, dent: 5 pictures. */
  public static Map<String, Integer> mixed() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("ok", 30);
    counts.put("scratch", 130);
    counts.put("dent", 5);
    return counts;
  }

  private static void png(Path file, int width, int height, int seed) throws IOException {
    Files.createDirectories(file.getParent());
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(Color.HSBtoRGB((seed % 17) / 17f, 0.45f, 0.9f)));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.DARK_GRAY);
    g.drawLine(0, seed % height, width - 1, (seed * 7) % height);
    g.dispose();
    ImageIO.write(image, "png", file.toFile());
  }
}
