package org.relata.processor.testing;

import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import javax.annotation.processing.Processor;
import org.relata.processor.RelataProcessor;

/**
 * Compiles fixtures that use Lombok 1.18.48, with its jar on the classpath and, where asked, its
 * real annotation processor run in-process before or after Relata's.
 */
public final class WithLombok {
  /** The processor class that Lombok's jar registers as its service. */
  private static final String LOMBOK_PROCESSOR =
      "lombok.launch.AnnotationProcessorHider$AnnotationProcessor";

  /** The order of the two processors, as on annotationProcessorPaths. */
  public enum Order {
    /** Only Relata runs: Lombok's annotations are there, its members are not. */
    RELATA_ONLY,
    LOMBOK_FIRST,
    RELATA_FIRST
  }

  private WithLombok() {}

  /** Compiles the sources under {@code folder} with the processors in {@code order}. */
  public static Outcome compile(TestCompiler compiler, Order order, String folder) {
    List<Processor> processors =
        switch (order) {
          case RELATA_ONLY -> List.of(new RelataProcessor());
          case LOMBOK_FIRST -> List.of(lombok(), new RelataProcessor());
          case RELATA_FIRST -> List.of(new RelataProcessor(), lombok());
        };
    return Outcome.compile(compiler, processors, Fixture.of(folder), List.of(jar()));
  }

  private static Processor lombok() {
    try {
      return (Processor)
          Class.forName(LOMBOK_PROCESSOR, true, WithLombok.class.getClassLoader())
              .getDeclaredConstructor()
              .newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Lombok's processor cannot be created", e);
    }
  }

  private static File jar() {
    try {
      return new File(
          Class.forName("lombok.Getter")
              .getProtectionDomain()
              .getCodeSource()
              .getLocation()
              .toURI());
    } catch (ClassNotFoundException | URISyntaxException e) {
      throw new IllegalStateException("the test classpath lacks Lombok", e);
    }
  }
}
