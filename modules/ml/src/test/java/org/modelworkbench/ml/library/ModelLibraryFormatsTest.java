package org.modelworkbench.ml.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.ml.torchscript.TorchScriptModel;
import org.modelworkbench.model.SignatureSpec;
import org.modelworkbench.model.WorkbenchException;

/** Format detection, the TorchScript probe on the real engine, and SavedModel signature reading. */
class ModelLibraryFormatsTest {
  private static final Path MODELS = Path.of("src/test/resources/models");
  private static final Path DIGITS = Path.of("src/test/resources/images/digits");

  @TempDir
  Path dir;

  @Test
  void recognisesTorchScriptAndProbesItsShapes() {
    ModelSource source = ModelDetector.detect(MODELS.resolve("digits_cnn.pt"));
    assertThat(source.format()).isEqualTo(ModelFormat.TORCHSCRIPT);
    try (TorchScriptModel model = TorchScriptModel.load(source.path())) {
      ProbeResult probe = ShapeProbe.probe(model, null, "digits_cnn.pt");
      assertThat(probe.inputShape()).containsExactly(1, 8, 8);
      assertThat(probe.outputShape()).containsExactly(10);
      assertThatThrownBy(() -> ShapeProbe.probe(model, new long[] {3, 32, 32}, "digits_cnn.pt"))
          .hasMessageContaining("does not accept an input of shape 3×32×32");
    }
    try (TorchScriptModel embedding = TorchScriptModel.load(MODELS.resolve("digits_embedding.pt"))) {
      assertThat(ShapeProbe.probe(embedding, null, "e").outputShape()).containsExactly(32);
    }
  }

  @Test
  void classifiesHeldOutDigitsAsTheyAre() throws Exception {
    Path[] files = new Path[10];
    for (int d = 0; d < 10; d++) {
      try (var list = Files.list(DIGITS.resolve(Integer.toString(d)))) {
        files[d] = list.sorted().findFirst().orElseThrow();
      }
    }
    float[][] inputs = ImageTensors.load(files, new long[] {1, 8, 8});
    assertThat(inputs[0]).hasSize(64);
    // An RGB request on grey images works too (grey to RGB), at another size.
    assertThat(ImageTensors.load(new Path[] {files[0]}, new long[] {3, 16, 16})[0]).hasSize(3 * 16 * 16);
    try (TorchScriptModel model = TorchScriptModel.load(MODELS.resolve("digits_cnn.pt"))) {
      double[][] p = OutputScores.probabilities(model.forward(inputs, new long[] {1, 8, 8}));
      int right = 0;
      for (int d = 0; d < 10; d++) {
        int best = 0;
        for (int k = 1; k < 10; k++) {
          best = p[d][k] > p[d][best] ? k : best;
        }
        right += best == d ? 1 : 0;
        assertThat(java.util.Arrays.stream(p[d]).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
      }
      assertThat(right).isGreaterThanOrEqualTo(8);
    }
  }

  @Test
  void refusesWhatIsNotAModelInOnePlainSentence() throws Exception {
    Path csv = Files.writeString(dir.resolve("loans.csv"), "a,b\n1,2\n");
    assertThatThrownBy(() -> ModelDetector.detect(csv)).isInstanceOf(WorkbenchException.class)
        .hasMessageStartingWith("loans.csv is not a model file");
    Path fake = Files.writeString(dir.resolve("fake.pt"), "not a zip");
    assertThatThrownBy(() -> ModelDetector.detect(fake)).hasMessageStartingWith("fake.pt is not a TorchScript model");
    Path checkpoint = zip(dir.resolve("weights.pth"), "weights/data.pkl", "weights/data/0");
    assertThatThrownBy(() -> ModelDetector.detect(checkpoint)).hasMessageContaining("saved with torch.save");
    Path randomZip = zip(dir.resolve("photos.zip"), "a.txt");
    assertThatThrownBy(() -> ModelDetector.detect(randomZip)).hasMessageStartingWith("photos.zip is a zip archive but holds no model");
    Path emptyFolder = Files.createDirectory(dir.resolve("empty"));
    assertThatThrownBy(() -> ModelDetector.detect(emptyFolder)).hasMessageStartingWith("The folder empty holds no model");
    Path params = Files.writeString(dir.resolve("net.params"), "x");
    assertThatThrownBy(() -> ModelDetector.detect(params)).hasMessageContaining("without the model.json");
  }

  @Test
  void readsSavedModelSignaturesWithoutTheEngine() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("saved"));
    Files.write(folder.resolve("saved_model.pb"), savedModel());
    assertThat(ModelDetector.detect(folder).format()).isEqualTo(ModelFormat.TENSORFLOW);
    List<SignatureSpec> signatures = SavedModelSignatures.read(folder);
    assertThat(signatures).extracting(SignatureSpec::name).containsExactly("serving_default", "features");
    assertThat(signatures.get(0).inputs().get(0).name()).isEqualTo("image");
    assertThat(signatures.get(0).inputs().get(0).dtype()).isEqualTo("float32");
    assertThat(signatures.get(0).inputs().get(0).shape()).containsExactly(-1L, 8L, 8L, 1L);
    assertThat(signatures.get(0).outputs().get(0).shape()).containsExactly(-1L, 10L);

    Files.write(folder.resolve("saved_model.pb"), new byte[] {0x12, 0x7f, 0x01});
    assertThatThrownBy(() -> SavedModelSignatures.read(folder)).hasMessageContaining("is damaged");
  }

  /** A SavedModel proto written field by field: two signatures plus the internal init op. */
  private static byte[] savedModel() {
    byte[] serving = signatureDef(tensorEntry("image", 1, -1, 8, 8, 1), tensorEntry("logits", 1, -1, 10));
    byte[] features = signatureDef(tensorEntry("image", 1, -1, 8, 8, 1), tensorEntry("features", 1, -1, 32));
    byte[] metaGraph = concat(field(5, mapEntry("serving_default", serving)), field(5, mapEntry("features", features)),
        field(5, mapEntry("__saved_model_init_op", signatureDef())));
    return concat(new byte[] {0x08, 0x01}, field(2, metaGraph));
  }

  private static byte[] signatureDef(byte[]... inputAndOutput) {
    if (inputAndOutput.length == 0) {
      return new byte[0];
    }
    return concat(field(1, inputAndOutput[0]), field(2, inputAndOutput[1]));
  }

  private static byte[] tensorEntry(String key, int dtype, long... dims) {
    ByteArrayOutputStream shape = new ByteArrayOutputStream();
    for (long d : dims) {
      shape.writeBytes(field(2, concat(new byte[] {0x08}, varint(d))));
    }
    byte[] info = concat(field(1, (key + ":0").getBytes(StandardCharsets.UTF_8)), new byte[] {0x10},
        varint(dtype), field(3, shape.toByteArray()));
    return mapEntry(key, info);
  }

  private static byte[] mapEntry(String key, byte[] value) {
    return concat(field(1, key.getBytes(StandardCharsets.UTF_8)), field(2, value));
  }

  private static byte[] field(int number, byte[] payload) {
    return concat(varint((number << 3) | 2), varint(payload.length), payload);
  }

  private static byte[] varint(long value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while ((value & ~0x7FL) != 0) {
      out.write((int) ((value & 0x7F) | 0x80));
      value >>>= 7;
    }
    out.write((int) value);
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static Path zip(Path file, String... entries) throws Exception {
    try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
      for (String e : entries) {
        zip.putNextEntry(new ZipEntry(e));
        zip.write(1);
        zip.closeEntry();
      }
    }
    return file;
  }
}
