package org.relata.runtime.meta.bootstrap;

import java.lang.invoke.MethodHandles;
import org.relata.runtime.meta.EntityRelations;
import org.relata.runtime.meta.EntityType;

/** As a processor of a newer, unknown format version would generate it. */
public abstract class StrayRelations extends EntityRelations {
  public static final EntityType<Stray> TYPE =
      EntityType.<Stray>bootstrap(
          MethodHandles.lookup(),
          Stray.class,
          "relata\t2\tentity\torg.relata.runtime.meta.bootstrap.Stray\n"
              + "table\t\tstray\n"
              + "constructor\ttrue\n");

  protected StrayRelations() {}
}
