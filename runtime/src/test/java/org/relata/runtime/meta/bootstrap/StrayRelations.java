package org.relata.runtime.meta.bootstrap;

import java.lang.invoke.MethodHandles;
import org.relata.runtime.meta.EntityRelations;
import org.relata.runtime.meta.EntityType;

/** As the processor generates it; there is no resource behind it. */
public abstract class StrayRelations extends EntityRelations {
  public static final EntityType<Stray> TYPE =
      EntityType.<Stray>bootstrap(MethodHandles.lookup(), Stray.class);

  protected StrayRelations() {}
}
