package org.modelworkbench.ml.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.SignatureSpec;
import org.modelworkbench.model.TensorSpec;
import org.modelworkbench.model.WorkbenchException;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.MetaGraphDef;
import org.tensorflow.proto.SavedModel;
import org.tensorflow.proto.SignatureDef;
import org.tensorflow.proto.TensorInfo;
import org.tensorflow.proto.TensorShapeProto;

/** Reading signatures with TensorFlow's generated proto classes: types, damaged files, no engine. */
class SavedModelSignaturesTest {
  @TempDir
  Path dir;

  @Test
  void namesElementTypesAsTensorFlowDoes() throws Exception {
    SignatureDef mixed = SignatureDef.newBuilder()
        .putInputs("pixels", tensor(DataType.DT_HALF, -1, 4))
        .putInputs("mask", tensor(DataType.DT_BOOL, -1))
        .putInputs("ids", tensor(DataType.DT_INT64_REF, 3))
        .putInputs("future", TensorInfo.newBuilder().setName("future:0").setDtypeValue(999)
            .setTensorShape(TensorShapeProto.newBuilder().setUnknownRank(true)).build())
        .putOutputs("score", tensor(DataType.DT_DOUBLE))
        .build();
    Path folder = write("typed", model(mixed).toByteArray());

    SignatureSpec signature = SavedModelSignatures.read(folder).get(0);

    assertThat(signature.inputs()).extracting(TensorSpec::name).containsExactly("pixels", "mask", "ids", "future");
    assertThat(signature.inputs()).extracting(TensorSpec::dtype).containsExactly("float16", "bool", "int64", "type 999");
    assertThat(signature.inputs().get(0).shape()).containsExactly(-1L, 4L);
    assertThat(signature.inputs().get(3).shape()).isEmpty();
    assertThat(signature.outputs().get(0).dtype()).isEqualTo("float64");
    assertThat(signature.outputs().get(0).shape()).isEmpty();
  }

  @Test
  void aTruncatedOrGarbageFileIsDamagedInOnePlainSentence() throws Exception {
    byte[] whole = model(serving()).toByteArray();
    Path truncated = write("cut", Arrays.copyOf(whole, whole.length / 2));
    assertThatThrownBy(() -> SavedModelSignatures.read(truncated)).isInstanceOf(WorkbenchException.class)
        .hasMessageStartingWith("The saved_model.pb of cut is damaged (")
        .hasMessageEndingWith("). Export the SavedModel again.");

    Path garbage = write("notes", "this is not a SavedModel at all\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> SavedModelSignatures.read(garbage)).isInstanceOf(WorkbenchException.class)
        .hasMessageStartingWith("The saved_model.pb of notes is damaged (");

    Path onlyInitOp = write("init", SavedModel.newBuilder().addMetaGraphs(MetaGraphDef.newBuilder()
        .putSignatureDef("__saved_model_init_op", SignatureDef.getDefaultInstance())).build().toByteArray());
    assertThatThrownBy(() -> SavedModelSignatures.read(onlyInitOp)).hasMessageContaining("has no signatures");

    Path missing = Files.createDirectory(dir.resolve("empty"));
    assertThatThrownBy(() -> SavedModelSignatures.read(missing)).hasMessageStartingWith(
        "The SavedModel empty has no readable saved_model.pb");
  }

  /**
   * Reads a SavedModel in a class loader of its own and checks which classes that took: the proto
   * classes, but neither DJL's engine nor JavaCPP nor TensorFlow's native bindings.
   */
  @Test
  void readingStartsNoTensorFlowEngine() throws Exception {
    Path folder = write("serving", model(serving()).toByteArray());
    try (Isolated loader = new Isolated()) {
      Class<?> reader = Class.forName(SavedModelSignatures.class.getName(), true, loader);
      List<?> signatures = (List<?>) reader.getMethod("read", Path.class).invoke(null, folder);

      assertThat(signatures).hasSize(1);
      assertThat(loader.loaded("org.tensorflow.proto.SavedModel")).isTrue();
      assertThat(loader.loaded("org.tensorflow.internal.c_api.global.tensorflow")).isFalse();
      assertThat(loader.loaded("org.tensorflow.TensorFlow")).isFalse();
      assertThat(loader.loaded("org.bytedeco.javacpp.Loader")).isFalse();
      assertThat(loader.loaded("ai.djl.engine.Engine")).isFalse();
      assertThat(loader.loaded("ai.djl.tensorflow.engine.TfEngine")).isFalse();
    }
  }

  private Path write(String name, byte[] bytes) throws Exception {
    Path folder = Files.createDirectory(dir.resolve(name));
    Files.write(folder.resolve("saved_model.pb"), bytes);
    return folder;
  }

  private static SignatureDef serving() {
    return SignatureDef.newBuilder().putInputs("image", tensor(DataType.DT_FLOAT, -1, 8, 8, 1))
        .putOutputs("logits", tensor(DataType.DT_FLOAT, -1, 10)).build();
  }

  private static SavedModel model(SignatureDef serving) {
    return SavedModel.newBuilder().setSavedModelSchemaVersion(1)
        .addMetaGraphs(MetaGraphDef.newBuilder().putSignatureDef("serving_default", serving)).build();
  }

  private static TensorInfo tensor(DataType type, long... dims) {
    TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
    for (long d : dims) {
      shape.addDim(TensorShapeProto.Dim.newBuilder().setSize(d));
    }
    return TensorInfo.newBuilder().setName("t:0").setDtype(type).setTensorShape(shape).build();
  }

  /** The test class path without the application class loader as parent, so its classes load afresh. */
  private static final class Isolated extends URLClassLoader {
    Isolated() throws MalformedURLException {
      super(classPath(), ClassLoader.getPlatformClassLoader());
    }

    boolean loaded(String name) {
      return findLoadedClass(name) != null;
    }

    private static URL[] classPath() throws MalformedURLException {
      String[] entries = System.getProperty("java.class.path").split(File.pathSeparator);
      URL[] urls = new URL[entries.length];
      for (int i = 0; i < entries.length; i++) {
        urls[i] = Path.of(entries[i]).toUri().toURL();
      }
      return urls;
    }
  }
}
