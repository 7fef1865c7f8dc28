import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a native-library jar for one operating system: drops the natives of the others and the
 * debug symbols of all, which an installer never loads. ONNX Runtime's jar is 137 MB, of which the
 * Linux x86_64 library is 20 MB; the rest is other systems' libraries, macOS dSYM folders and a
 * 354 MB (unpacked) Windows .pdb.
 *
 * <p>Usage: {@code java StripNatives.java JAR NATIVE_PREFIX KEEP_DIR}, for example
 * {@code java StripNatives.java lib/onnxruntime-1.21.1.jar ai/onnxruntime/native/ linux-x64}.
 * Entries under {@code NATIVE_PREFIX} are kept only under {@code NATIVE_PREFIX/KEEP_DIR/}, and
 * never when they are debug symbols ({@code .pdb}, {@code .dSYM/}); everything else is copied.
 */
public final class StripNatives {
  private StripNatives() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: java StripNatives.java JAR NATIVE_PREFIX KEEP_DIR");
      System.exit(2);
    }
    Path jar = Path.of(args[0]);
    String prefix = args[1].endsWith("/") ? args[1] : args[1] + "/";
    String keep = prefix + args[2] + "/";
    Path out = Files.createTempFile(jar.toAbsolutePath().getParent(), "strip", ".jar");
    long kept = 0;
    long dropped = 0;
    try (ZipFile in = new ZipFile(jar.toFile());
        ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        String name = e.getName();
        boolean debug = name.endsWith(".pdb") || name.contains(".dSYM/");
        if (debug || (name.startsWith(prefix) && !name.startsWith(keep) && !name.equals(prefix))) {
          dropped += Math.max(0, e.getSize());
          continue;
        }
        zip.putNextEntry(new ZipEntry(name));
        try (InputStream data = in.getInputStream(e)) {
          data.transferTo(zip);
        }
        zip.closeEntry();
        kept += Math.max(0, e.getSize());
      }
    }
    // A temporary file is private to its owner; the installed jar must stay readable by all users.
    if (Files.getFileStore(jar).supportsFileAttributeView("posix")) {
      Files.setPosixFilePermissions(out, Files.getPosixFilePermissions(jar));
    }
    Files.move(out, jar, StandardCopyOption.REPLACE_EXISTING);
    System.out.printf("%s: kept %d MB, dropped %d MB%n", jar.getFileName(), kept >> 20, dropped >> 20);
  }
}
