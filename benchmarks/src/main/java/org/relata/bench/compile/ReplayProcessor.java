package org.relata.bench.compile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * The processor of the replay variant: in its first round it writes, through the Filer, exactly the
 * sources and resources that an earlier run of the Relata processor wrote, and does nothing else.
 * javac then pays for that output (the Filer, the extra round, parsing and compiling the generated
 * classes) as it does with the Relata processor, but for no modelling, validation or code
 * generation: the floor that any processor producing this output would stand on.
 *
 * <p>Options: {@code relata.replay.sources}, the source output of the earlier run, and {@code
 * relata.replay.resources}, a copy of the resources of its class output.
 */
public final class ReplayProcessor extends AbstractProcessor {
  static final String SOURCES = "relata.replay.sources";
  static final String RESOURCES = "relata.replay.resources";

  private boolean written;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("org.relata.Entity");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(SOURCES, RESOURCES);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (written || round.processingOver()) {
      return false;
    }
    written = true;
    try {
      Path sources = Path.of(processingEnv.getOptions().get(SOURCES));
      for (Path p : files(sources)) {
        String relative = sources.relativize(p).toString().replace('\\', '/');
        String name = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
        // The entity is the file's only originating element, as with the Relata processor.
        TypeElement origin =
            processingEnv
                .getElementUtils()
                .getTypeElement(name.substring(0, name.length() - "Relations".length()));
        JavaFileObject file = processingEnv.getFiler().createSourceFile(name, origin);
        try (Writer w = file.openWriter()) {
          w.write(Files.readString(p));
        }
      }
      Path resources = Path.of(processingEnv.getOptions().get(RESOURCES));
      for (Path p : files(resources)) {
        String relative = resources.relativize(p).toString().replace('\\', '/');
        try (OutputStream out =
            processingEnv
                .getFiler()
                .createResource(StandardLocation.CLASS_OUTPUT, "", relative)
                .openOutputStream()) {
          out.write(Files.readAllBytes(p));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return false;
  }

  private static List<Path> files(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
