package org.modelworkbench.ml.library;

import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.modelworkbench.model.SignatureSpec;
import org.modelworkbench.model.TensorSpec;
import org.modelworkbench.model.WorkbenchException;
import org.tensorflow.proto.MetaGraphDef;
import org.tensorflow.proto.SavedModel;
import org.tensorflow.proto.TensorInfo;
import org.tensorflow.proto.TensorShapeProto;

/**
 * Lists a TensorFlow SavedModel's signatures (names, inputs and outputs with their types and
 * shapes) from {@code saved_model.pb}, without the TensorFlow engine.
 *
 * <p>The file is parsed with the protocol-buffer classes generated from TensorFlow's own
 * {@code .proto} files ({@code org.tensorflow.proto}, in DJL's tensorflow-api jar). They are plain
 * Java: nothing here loads the native library, so a model can be described before (or without)
 * the engine starting.
 */
public final class SavedModelSignatures {
  private static final String FILE = "saved_model.pb";

  private SavedModelSignatures() {}

  /**
   * Reads the signatures of a SavedModel folder (internal ones such as
   * {@code __saved_model_init_op} left out).
   *
   * @param folder the folder holding {@code saved_model.pb}
   * @return the signatures in file order
   * @throws WorkbenchException when the file is missing, damaged or has no signature
   */
  public static List<SignatureSpec> read(Path folder) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(folder.resolve(FILE));
    } catch (IOException e) {
      throw new WorkbenchException("The SavedModel " + folder.getFileName() + " has no readable " + FILE + " ("
          + e.getMessage() + ").", e);
    }
    SavedModel savedModel;
    try {
      savedModel = SavedModel.parseFrom(bytes);
    } catch (InvalidProtocolBufferException e) {
      throw new WorkbenchException("The " + FILE + " of " + folder.getFileName() + " is damaged (" + e.getMessage()
          + "). Export the SavedModel again.", e);
    }
    List<SignatureSpec> out = new ArrayList<>();
    for (MetaGraphDef metaGraph : savedModel.getMetaGraphsList()) {
      // Parsed map fields keep the file's order, so the signatures list as the exporter wrote them.
      metaGraph.getSignatureDefMap().forEach((name, def) -> {
        if (!name.startsWith("__")) {
          out.add(new SignatureSpec(name, tensors(def.getInputsMap()), tensors(def.getOutputsMap())));
        }
      });
    }
    if (out.isEmpty()) {
      throw new WorkbenchException("The SavedModel " + folder.getFileName() + " has no signatures, so there is "
          + "no way to call it. Export it with a serving signature.");
    }
    return out;
  }

  /** The tensors of a signature's inputs or outputs, named by their signature keys. */
  private static List<TensorSpec> tensors(Map<String, TensorInfo> byKey) {
    List<TensorSpec> out = new ArrayList<>();
    byKey.forEach((key, info) -> out.add(new TensorSpec(key, TensorTypeNames.of(info), shape(info.getTensorShape()))));
    return out;
  }

  /** The dimensions, -1 where unknown; empty for a scalar or a shape of unknown rank. */
  private static List<Long> shape(TensorShapeProto proto) {
    return proto.getDimList().stream().map(TensorShapeProto.Dim::getSize).toList();
  }
}
