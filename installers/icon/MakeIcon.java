import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws the Model Workbench icon and writes it in the three formats jpackage wants: PNG (Linux),
 * ICO (Windows) and ICNS (macOS). Run it with the JDK's single-file launcher, no build needed:
 *
 * <pre>java installers/icon/MakeIcon.java OUTPUT_FOLDER</pre>
 *
 * It writes model-workbench.png (256 px), model-workbench.ico (16 to 256 px) and
 * model-workbench.icns (16 to 1024 px). The drawing is vector and redone at every size, so small
 * sizes stay sharp. Nothing here needs a display (AWT runs headless).
 */
public final class MakeIcon {
  private static final Color TOP = new Color(0x2F6FDE);
  private static final Color BOTTOM = new Color(0x14A38B);
  private static final Color BAR = new Color(255, 255, 255, 110);
  private static final Color LINE = Color.WHITE;

  private MakeIcon() {}

  public static void main(String[] args) throws IOException {
    System.setProperty("java.awt.headless", "true");
    Path out = Path.of(args.length > 0 ? args[0] : ".");
    Files.createDirectories(out);
    ImageIO.write(draw(256), "png", out.resolve("model-workbench.png").toFile());
    Files.write(out.resolve("model-workbench.ico"), ico(new int[] {16, 24, 32, 48, 64, 128, 256}));
    Files.write(out.resolve("model-workbench.icns"), icns());
    System.out.println("Icons written to " + out.toAbsolutePath());
  }

  /** The icon at {@code size} pixels: a rounded tile, three bars and a rising curve through them. */
  static BufferedImage draw(int size) {
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.scale(size / 100.0, size / 100.0); // draw on a 100 x 100 grid

    g.setPaint(new GradientPaint(0, 4, TOP, 0, 96, BOTTOM));
    g.fill(new RoundRectangle2D.Double(4, 4, 92, 92, 22, 22));

    g.setColor(BAR);
    double[][] bars = {{20, 58}, {42, 44}, {64, 30}}; // x, top
    for (double[] bar : bars) {
      g.fill(new RoundRectangle2D.Double(bar[0], bar[1], 16, 80 - bar[1], 4, 4));
    }

    Path2D curve = new Path2D.Double();
    curve.moveTo(28, 52);
    curve.curveTo(36, 46, 42, 40, 50, 38);
    curve.curveTo(58, 36, 64, 26, 72, 22);
    g.setColor(LINE);
    g.setStroke(new BasicStroke(size < 32 ? 7f : 5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(curve);
    double r = size < 32 ? 7 : 6;
    for (double[] p : new double[][] {{28, 52}, {50, 38}, {72, 22}}) {
      g.fill(new Ellipse2D.Double(p[0] - r, p[1] - r, 2 * r, 2 * r));
    }

    g.setColor(new Color(255, 255, 255, 200));
    g.fill(new RoundRectangle2D.Double(16, 80, 68, 4, 4, 4)); // the axis
    g.dispose();
    return image;
  }

  private static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageIO.write(image, "png", bytes);
    return bytes.toByteArray();
  }

  /**
   * A Windows icon: 32-bit bitmaps below 256 px (read by every Windows tool, including the one
   * jpackage uses to put the icon into the launcher) and a PNG entry at 256 px.
   */
  static byte[] ico(int[] sizes) throws IOException {
    List<byte[]> entries = new ArrayList<>();
    for (int size : sizes) {
      entries.add(size >= 256 ? png(draw(size)) : dib(draw(size)));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    writeLe16(bytes, 0); // reserved
    writeLe16(bytes, 1); // type: icon
    writeLe16(bytes, sizes.length);
    int offset = 6 + 16 * sizes.length;
    for (int i = 0; i < sizes.length; i++) {
      int size = sizes[i];
      bytes.write(size >= 256 ? 0 : size); // width, 0 means 256
      bytes.write(size >= 256 ? 0 : size); // height
      bytes.write(0); // no palette
      bytes.write(0); // reserved
      writeLe16(bytes, 1); // colour planes
      writeLe16(bytes, 32); // bits per pixel
      writeLe32(bytes, entries.get(i).length);
      writeLe32(bytes, offset);
      offset += entries.get(i).length;
    }
    for (byte[] entry : entries) {
      bytes.write(entry);
    }
    return bytes.toByteArray();
  }

  /** A 32-bit BGRA device-independent bitmap as an ICO entry: header, rows bottom-up, AND mask. */
  private static byte[] dib(BufferedImage image) throws IOException {
    int w = image.getWidth();
    int h = image.getHeight();
    int maskRow = ((w + 31) / 32) * 4;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    writeLe32(bytes, 40); // header size
    writeLe32(bytes, w);
    writeLe32(bytes, 2 * h); // colour rows plus mask rows
    writeLe16(bytes, 1);
    writeLe16(bytes, 32);
    writeLe32(bytes, 0); // no compression
    writeLe32(bytes, w * h * 4 + maskRow * h);
    writeLe32(bytes, 0);
    writeLe32(bytes, 0);
    writeLe32(bytes, 0);
    writeLe32(bytes, 0);
    for (int y = h - 1; y >= 0; y--) {
      for (int x = 0; x < w; x++) {
        int argb = image.getRGB(x, y);
        bytes.write(argb & 0xFF);
        bytes.write((argb >>> 8) & 0xFF);
        bytes.write((argb >>> 16) & 0xFF);
        bytes.write((argb >>> 24) & 0xFF);
      }
    }
    bytes.write(new byte[maskRow * h]); // the alpha channel decides; the mask stays clear
    return bytes.toByteArray();
  }

  /** A macOS icon family with PNG entries (ic07 to ic14), read by macOS 10.7 and later. */
  static byte[] icns() throws IOException {
    String[] types = {"ic11", "ic12", "ic07", "ic13", "ic08", "ic14", "ic09", "ic10"};
    int[] sizes = {32, 64, 128, 256, 256, 512, 512, 1024};
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(body);
    for (int i = 0; i < types.length; i++) {
      byte[] data = png(draw(sizes[i]));
      out.writeBytes(types[i]);
      out.writeInt(8 + data.length);
      out.write(data);
    }
    out.flush();
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    DataOutputStream header = new DataOutputStream(file);
    header.writeBytes("icns");
    header.writeInt(8 + body.size());
    header.write(body.toByteArray());
    header.flush();
    return file.toByteArray();
  }

  private static void writeLe16(OutputStream out, int value) throws IOException {
    out.write(value & 0xFF);
    out.write((value >>> 8) & 0xFF);
  }

  private static void writeLe32(OutputStream out, int value) throws IOException {
    writeLe16(out, value & 0xFFFF);
    writeLe16(out, (value >>> 16) & 0xFFFF);
  }
}
