package org.relata.processor.testing;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * The Java sources under one test-resource folder, such as {@code bad/backpopulatesmissing}.
 *
 * <p>Sources are real files, not in-memory strings: ecj's javax.tools front end accepts only
 * compilation units with {@code file:} URIs. Each file is known by its path relative to the folder,
 * such as {@code User.java} or {@code a/User.java}.
 */
public final class Fixture {
  private final String folder;
  private final Map<String, JavaFileObject> files;

  private Fixture(String folder, Map<String, JavaFileObject> files) {
    this.folder = folder;
    this.files = files;
  }

  /** Every {@code .java} file under the resource folder {@code folder}, recursively. */
  public static Fixture of(String folder) {
    URL url = Fixture.class.getClassLoader().getResource(folder);
    if (url == null) {
      throw new IllegalArgumentException("no test resource folder " + folder);
    }
    try (Stream<Path> paths = Files.walk(Path.of(url.toURI()))) {
      Path root = Path.of(url.toURI());
      Map<String, JavaFileObject> files = new TreeMap<>();
      for (Path path : (Iterable<Path>) paths::iterator) {
        if (path.toString().endsWith(".java")) {
          String relative = root.relativize(path).toString().replace('\\', '/');
          files.put(relative, JavaFileObjects.forResource(path.toUri().toURL()));
        }
      }
      if (files.isEmpty()) {
        throw new IllegalArgumentException("no .java files under " + folder);
      }
      return new Fixture(folder, files);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether the resource folder exists. */
  public static boolean exists(String folder) {
    return Fixture.class.getClassLoader().getResource(folder) != null;
  }

  /** The file at {@code relativePath}; fails the test when the fixture has no such file. */
  public JavaFileObject file(String relativePath) {
    JavaFileObject file = files.get(relativePath);
    if (file == null) {
      throw new IllegalArgumentException(
          folder + " has no " + relativePath + "; it has " + files.keySet());
    }
    return file;
  }

  /** Every source of the fixture. */
  public Collection<JavaFileObject> sources() {
    return files.values();
  }

  @Override
  public String toString() {
    return folder;
  }
}
