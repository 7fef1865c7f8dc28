package org.modelworkbench.ml.torchscript;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Writes one TorchScript file holding a fine-tuned backbone and its head, so that
 * {@code torch.jit.load} gives a single module: {@code forward(x) = linear(layer_norm(backbone(x)))}.
 *
 * <p>A TorchScript file is a zip archive under one root folder: {@code data.pkl} pickles the module
 * object (its attributes, sub-modules and tensors, whose bytes are the {@code data/<key>} entries),
 * {@code code/__torch__/...py} holds each class's TorchScript source, plus {@code constants.pkl}
 * and {@code version}. The new archive keeps the backbone's entries as they are, adds the head's
 * four tensors under new keys and a small wrapper class, and pickles a wrapper object whose
 * {@code backbone} attribute is the backbone's own pickled object, copied with every
 * {@code training} flag set to false.
 */
public final class TorchScriptClassifier {
  /** The wrapper class's module path and name, in their own namespace. */
  static final String MODULE = "__torch__.modelworkbench_export";
  static final String CLASS = "ImageClassifier";
  private static final String SERIALIZATION_ID = ".data/serialization_id";

  private TorchScriptClassifier() {}

  /**
   * The head's values, as DJL holds them.
   *
   * @param gamma layer normalisation scale, F values
   * @param beta layer normalisation shift, F values
   * @param weight linear weights, K rows of F values, row by row
   * @param bias linear bias, K values
   * @param epsilon layer normalisation epsilon
   */
  public record Head(float[] gamma, float[] beta, float[] weight, float[] bias, double epsilon) {
    public Head {
      if (gamma.length == 0 || beta.length != gamma.length || bias.length == 0
          || weight.length != gamma.length * bias.length) {
        throw new IllegalArgumentException("head shapes do not match");
      }
    }

    int features() {
      return gamma.length;
    }

    int classes() {
      return bias.length;
    }
  }

  /**
   * Writes the combined module.
   *
   * @param backbone the backbone's TorchScript file
   * @param head the head on the backbone's outputs
   * @param out receives the new archive
   * @throws IOException when the backbone is not a TorchScript archive this code understands
   */
  public static void write(Path backbone, Head head, OutputStream out) throws IOException {
    Map<String, byte[]> entries = read(backbone);
    String root = entries.keySet().iterator().next();
    root = root.substring(0, root.indexOf('/') + 1);
    byte[] dataPkl = entries.get(root + "data.pkl");
    if (dataPkl == null) {
      throw new IOException("the backbone archive has no data.pkl");
    }
    Pickle.Pickled module;
    try {
      module = Pickle.readForEvaluation(dataPkl);
    } catch (IllegalArgumentException e) {
      throw new IOException("the backbone's data.pkl cannot be read: " + e.getMessage(), e);
    }
    int nextKey = 0;
    for (String name : entries.keySet()) {
      if (name.startsWith(root + "data/")) {
        String key = name.substring((root + "data/").length());
        if (key.matches("\\d{1,9}")) {
          nextKey = Math.max(nextKey, Integer.parseInt(key) + 1);
        }
      }
    }
    String codeFile = root + "code/" + MODULE.replace('.', '/') + ".py";
    if (entries.containsKey(codeFile)) {
      throw new IOException("the backbone already holds a class in " + MODULE);
    }

    Map<String, byte[]> tensors = new LinkedHashMap<>();
    Pickle.Writer pickle = new Pickle.Writer().proto()
        .global(MODULE, CLASS).emptyTuple().newObj().emptyDict().mark()
        .string("training").bool(false)
        .string("backbone").raw(module.body());
    String[] names = {"norm_weight", "norm_bias", "fc_weight", "fc_bias"};
    float[][] values = {head.gamma(), head.beta(), head.weight(), head.bias()};
    int[][] shapes = {{head.features()}, {head.features()}, {head.classes(), head.features()}, {head.classes()}};
    for (int t = 0; t < names.length; t++) {
      String key = Integer.toString(nextKey++);
      tensors.put(root + "data/" + key, littleEndian(values[t]));
      pickle.string(names[t]);
      tensor(pickle, key, values[t].length, shapes[t]);
    }
    pickle.setItems().build().stop();

    Map<String, byte[]> written = new LinkedHashMap<>();
    written.put(root + "data.pkl", pickle.toByteArray());
    written.put(codeFile, source(module.firstGlobal(), head).getBytes(StandardCharsets.UTF_8));
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      if (!e.getKey().equals(root + "data.pkl") && !e.getKey().equals(root + SERIALIZATION_ID)) {
        written.put(e.getKey(), e.getValue());
      }
    }
    written.putAll(tensors);
    try (ZipOutputStream zip = new ZipOutputStream(new NonClosing(out))) {
      for (Map.Entry<String, byte[]> e : written.entrySet()) {
        stored(zip, e.getKey(), e.getValue());
      }
    }
  }

  /** The wrapper class's TorchScript source. */
  static String source(String backboneClass, Head head) {
    String self = MODULE + "." + CLASS;
    return "class " + CLASS + "(Module):\n"
        + "  __parameters__ = [\"norm_weight\", \"norm_bias\", \"fc_weight\", \"fc_bias\", ]\n"
        + "  __buffers__ = []\n"
        + "  training : bool\n"
        + "  backbone : " + backboneClass + "\n"
        + "  norm_weight : Tensor\n"
        + "  norm_bias : Tensor\n"
        + "  fc_weight : Tensor\n"
        + "  fc_bias : Tensor\n"
        + "  def forward(self: " + self + ",\n"
        + "    x: Tensor) -> Tensor:\n"
        + "    features = (self.backbone).forward(x, )\n"
        + "    normed = torch.layer_norm(features, [" + head.features() + "], self.norm_weight, self.norm_bias, "
        + String.format(Locale.ROOT, "%.17g", head.epsilon()) + ")\n"
        + "    return torch.linear(normed, self.fc_weight, self.fc_bias)\n";
  }

  /** A float tensor: {@code torch._utils._rebuild_tensor_v2(storage, 0, size, stride, True, {})}. */
  private static void tensor(Pickle.Writer p, String key, int numel, int[] shape) {
    p.global("torch._utils", "_rebuild_tensor_v2").mark()
        .mark().string("storage").global("torch", "FloatStorage").string(key).string("cpu").integer(numel)
        .tuple().persistentId()
        .integer(0);
    p.mark();
    for (int d : shape) {
      p.integer(d);
    }
    p.tuple().mark();
    int stride = 1;
    int[] strides = new int[shape.length];
    for (int d = shape.length - 1; d >= 0; d--) {
      strides[d] = stride;
      stride *= shape[d];
    }
    for (int s : strides) {
      p.integer(s);
    }
    p.tuple().bool(true).global("collections", "OrderedDict").emptyTuple().reduce()
        .tuple().reduce();
  }

  private static Map<String, byte[]> read(Path archive) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    String root = null;
    try (ZipFile zip = new ZipFile(archive.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        if (e.isDirectory()) {
          continue;
        }
        String name = e.getName();
        int slash = name.indexOf('/');
        if (slash <= 0 || (root != null && !name.startsWith(root))) {
          throw new IOException("the backbone is not a TorchScript archive (entry " + name + ")");
        }
        root = name.substring(0, slash + 1);
        try (InputStream in = zip.getInputStream(e)) {
          entries.put(name, in.readAllBytes());
        }
      }
    } catch (java.util.zip.ZipException e) {
      throw new IOException("the backbone is not a TorchScript archive: " + e.getMessage(), e);
    }
    if (entries.isEmpty()) {
      throw new IOException("the backbone is not a TorchScript archive");
    }
    return entries;
  }

  private static byte[] littleEndian(float[] values) {
    ByteBuffer buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    buffer.asFloatBuffer().put(values);
    return buffer.array();
  }

  private static void stored(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(bytes.length);
    entry.setCompressedSize(bytes.length);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    entry.setCrc(crc.getValue());
    entry.setTime(315532800000L); // 1980-01-01, so equal models give equal files
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }

  /** Lets the zip finish without closing the caller's stream. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
