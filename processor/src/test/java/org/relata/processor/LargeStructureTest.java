package org.relata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.relata.runtime.meta.EntityType;

/**
 * An entity whose structure is larger than one constant string of a class file may hold (65,535
 * bytes) still compiles, and the runtime reads all of it: the generated code splits it at record
 * boundaries instead of leaving javac to fail with "constant string too long".
 */
class LargeStructureTest {
  private static final int COLUMNS = 2_500;

  @Test
  void aStructureBeyondOneConstantStringCompilesAndBootstraps() throws Exception {
    StringBuilder source = new StringBuilder("package wide; import org.relata.*;\n");
    source.append("@Entity(table = \"wide_table\") public class Wide {\n  @Id Long id;\n");
    for (int i = 0; i < COLUMNS; i++) {
      source.append("  String someRatherLongColumnName").append(i).append(";\n");
    }
    source.append("}\n");
    Compilation compilation =
        javac()
            .withProcessors(new RelataProcessor())
            .compile(JavaFileObjects.forSourceString("wide.Wide", source.toString()));
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .generatedSourceFile("wide.WideRelations")
        .contentsAsUtf8String()
        .contains("String.join(\"\"");

    ClassLoader loader = new CompiledClasses(compilation, getClass().getClassLoader());
    Class<?> wide = Class.forName("wide.Wide", false, loader);
    EntityType<?> type = EntityType.of(wide);
    assertEquals(COLUMNS + 1, type.attributes().size());
    assertEquals(
        "someRatherLongColumnName" + (COLUMNS - 1),
        type.attributes().get(COLUMNS).name(),
        "the last record, from the last chunk");
  }

  /** The class files of one compilation, on top of the test's own class path. */
  private static final class CompiledClasses extends ClassLoader {
    private final Map<String, JavaFileObject> classes = new HashMap<>();

    CompiledClasses(Compilation compilation, ClassLoader parent) {
      super(parent);
      for (JavaFileObject file : compilation.generatedFiles()) {
        if (file.getKind() == JavaFileObject.Kind.CLASS) {
          String path = file.toUri().getPath();
          String name = path.substring(path.indexOf("/wide/") + 1, path.length() - 6);
          classes.put(name.replace('/', '.'), file);
        }
      }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      JavaFileObject file = classes.get(name);
      if (file == null) {
        throw new ClassNotFoundException(name);
      }
      try (InputStream in = file.openInputStream()) {
        byte[] bytes = in.readAllBytes();
        return defineClass(name, bytes, 0, bytes.length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
