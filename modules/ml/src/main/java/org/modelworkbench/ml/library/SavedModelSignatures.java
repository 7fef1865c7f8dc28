package org.modelworkbench.ml.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.modelworkbench.model.SignatureSpec;
import org.modelworkbench.model.TensorSpec;
import org.modelworkbench.model.WorkbenchException;

/**
 * Lists a TensorFlow SavedModel's signatures (names, inputs and outputs with their types and
 * shapes) by reading {@code saved_model.pb} directly, without the TensorFlow engine.
 */
public final class SavedModelSignatures {
  private static final String FILE = "saved_model.pb";
  private static final Map<Integer, String> DTYPES = Map.ofEntries(Map.entry(1, "float32"), Map.entry(2, "float64"),
      Map.entry(3, "int32"), Map.entry(4, "uint8"), Map.entry(5, "int16"), Map.entry(6, "int8"),
      Map.entry(7, "string"), Map.entry(8, "complex64"), Map.entry(9, "int64"), Map.entry(10, "bool"),
      Map.entry(14, "bfloat16"), Map.entry(17, "uint16"), Map.entry(19, "float16"), Map.entry(22, "uint32"),
      Map.entry(23, "uint64"));

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
    List<SignatureSpec> out = new ArrayList<>();
    try {
      ProtoReader savedModel = new ProtoReader(bytes);
      while (savedModel.next()) {
        if (savedModel.field() == 2 && savedModel.wireType() == ProtoReader.LENGTH_DELIMITED) {
          metaGraph(savedModel.message(), out);
        } else {
          savedModel.skip();
        }
      }
    } catch (IllegalArgumentException e) {
      throw new WorkbenchException("The " + FILE + " of " + folder.getFileName() + " is damaged (" + e.getMessage()
          + "). Export the SavedModel again.", e);
    }
    if (out.isEmpty()) {
      throw new WorkbenchException("The SavedModel " + folder.getFileName() + " has no signatures, so there is "
          + "no way to call it. Export it with a serving signature.");
    }
    return out;
  }

  private static void metaGraph(ProtoReader metaGraph, List<SignatureSpec> out) {
    while (metaGraph.next()) {
      if (metaGraph.field() == 5 && metaGraph.wireType() == ProtoReader.LENGTH_DELIMITED) {
        ProtoReader entry = metaGraph.message();
        String name = null;
        SignatureSpec spec = null;
        while (entry.next()) {
          if (entry.field() == 1) {
            name = entry.string();
          } else if (entry.field() == 2) {
            spec = signature(entry.message());
          } else {
            entry.skip();
          }
        }
        if (name != null && spec != null && !name.startsWith("__")) {
          out.add(new SignatureSpec(name, spec.inputs(), spec.outputs()));
        }
      } else {
        metaGraph.skip();
      }
    }
  }

  private static SignatureSpec signature(ProtoReader def) {
    List<TensorSpec> inputs = new ArrayList<>();
    List<TensorSpec> outputs = new ArrayList<>();
    while (def.next()) {
      if (def.field() == 1 || def.field() == 2) {
        (def.field() == 1 ? inputs : outputs).add(tensorEntry(def.message()));
      } else {
        def.skip();
      }
    }
    return new SignatureSpec("", inputs, outputs);
  }

  private static TensorSpec tensorEntry(ProtoReader entry) {
    String key = "";
    String dtype = "unknown";
    List<Long> shape = new ArrayList<>();
    while (entry.next()) {
      if (entry.field() == 1) {
        key = entry.string();
      } else if (entry.field() == 2) {
        ProtoReader info = entry.message();
        while (info.next()) {
          if (info.field() == 2 && info.wireType() == ProtoReader.VARINT) {
            int code = (int) info.varint();
            dtype = DTYPES.getOrDefault(code, "type " + code);
          } else if (info.field() == 3 && info.wireType() == ProtoReader.LENGTH_DELIMITED) {
            shape = shape(info.message());
          } else {
            info.skip();
          }
        }
      } else {
        entry.skip();
      }
    }
    return new TensorSpec(key, dtype, shape);
  }

  private static List<Long> shape(ProtoReader proto) {
    List<Long> dims = new ArrayList<>();
    while (proto.next()) {
      if (proto.field() == 2 && proto.wireType() == ProtoReader.LENGTH_DELIMITED) {
        ProtoReader dim = proto.message();
        long size = -1;
        while (dim.next()) {
          if (dim.field() == 1 && dim.wireType() == ProtoReader.VARINT) {
            size = dim.varint();
          } else {
            dim.skip();
          }
        }
        dims.add(size);
      } else {
        proto.skip();
      }
    }
    return dims;
  }
}
