package io.asyncmysql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.protocol.message.ComQuit;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * CONF-1 of the reliability plan: the compiled driver and protocol classes refer to nothing that
 * deserializes, parses XML, runs scripts or loads classes by name, so no server data and no URL
 * parameter can reach such a thing. Read from each class file's constant pool, where every class and
 * method a class uses is named.
 */
class DangerousApiScanTest {
  private static final List<String> FORBIDDEN_CLASS_PREFIXES = List.of(
      "java/io/ObjectInputStream", "java/beans/XMLDecoder", "javax/xml/", "org/xml/", "org/w3c/dom/", "javax/script/",
      "java/rmi/", "javax/naming/");
  private static final List<String> FORBIDDEN_METHODS = List.of(
      "java/lang/Class.forName", "java/lang/ClassLoader.loadClass", "java/lang/ClassLoader.defineClass",
      "java/lang/invoke/MethodHandles$Lookup.defineClass", "java/lang/reflect/Proxy.newProxyInstance");

  @Test
  void theDriverAndTheProtocolReferToNoDeserializationXmlScriptingOrClassLoading() throws IOException, URISyntaxException {
    List<String> findings = new ArrayList<>();
    int classes = 0;
    for (Path root : List.of(classRoot(MySqlConnection.class), classRoot(ComQuit.class))) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(root)) {
        files = walk.filter(p -> p.toString().endsWith(".class")).toList();
      }
      for (Path file : files) {
        classes++;
        for (String reference : references(Files.readAllBytes(file))) {
          if (FORBIDDEN_CLASS_PREFIXES.stream().anyMatch(reference::startsWith) || FORBIDDEN_METHODS.contains(reference)) {
            findings.add(root.relativize(file) + " -> " + reference);
          }
        }
      }
    }
    assertTrue(classes > 100, classes + " classes scanned");
    assertEquals(List.of(), findings);
  }

  @Test
  void theScanFindsWhatAClassRefersTo() throws IOException, URISyntaxException {
    byte[] control = Files.readAllBytes(classRoot(LoadsByName.class).resolve("io/asyncmysql/driver/DangerousApiScanTest$LoadsByName.class"));
    List<String> references = references(control);
    assertTrue(references.contains("java/lang/Class.forName"), references::toString);
    assertTrue(references.contains("java/io/ObjectInputStream"), references::toString);
  }

  /** The positive control: a class that does what the driver must not. */
  private static final class LoadsByName {
    static Object load(String name, byte[] data) throws Exception {
      Class.forName(name);
      return new java.io.ObjectInputStream(new ByteArrayInputStream(data)).readObject();
    }
  }

  private static Path classRoot(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /**
   * The classes ({@code java/io/File}) and methods ({@code java/io/File.delete}) a class file's
   * constant pool names.
   */
  static List<String> references(byte[] classFile) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    int[] classNames = new int[count];
    int[][] memberRefs = new int[count][];
    int[] nameOfNameAndType = new int[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 3, 4 -> in.readInt();
        case 5, 6 -> {
          in.readLong();
          i++;
        }
        case 7 -> classNames[i] = in.readUnsignedShort();
        case 8, 16, 19, 20 -> in.readUnsignedShort();
        case 9, 10, 11 -> memberRefs[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
        case 12 -> {
          nameOfNameAndType[i] = in.readUnsignedShort();
          in.readUnsignedShort();
        }
        case 15 -> {
          in.readUnsignedByte();
          in.readUnsignedShort();
        }
        case 17, 18 -> in.readInt();
        default -> throw new IOException("constant pool tag " + tag + " at entry " + i);
      }
    }
    List<String> references = new ArrayList<>();
    for (int i = 1; i < count; i++) {
      if (classNames[i] != 0) {
        references.add(utf8[classNames[i]]);
      }
      if (memberRefs[i] != null) {
        references.add(utf8[classNames[memberRefs[i][0]]] + "." + utf8[nameOfNameAndType[memberRefs[i][1]]]);
      }
    }
    return references;
  }
}
