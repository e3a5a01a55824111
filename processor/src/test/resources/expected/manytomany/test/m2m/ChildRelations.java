package test.m2m;

import java.lang.invoke.MethodHandles;
import java.util.Collection;
import javax.annotation.processing.Generated;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.relata.runtime.meta.CollectionRelationship;
import org.relata.runtime.meta.EntityRelations;
import org.relata.runtime.meta.EntityType;

/**
 * The generated base class of {@link Child}: its table and typed columns for jOOQ queries, its
 * relationship descriptors, and accessors that keep both sides of every relationship in step. The
 * runtime reads the structure behind them once, from the string that {@code TYPE} passes.
 */
@Generated("org.relata.processor.RelataProcessor")
public abstract class ChildRelations extends EntityRelations {
  public static final EntityType<Child> TYPE = EntityType.<Child>bootstrap(MethodHandles.lookup(), Child.class,
      "relata\t1\tentity\ttest.m2m.Child\n"
          + "table\t\tright\n"
          + "constructor\ttrue\n"
          + "column\tid\tid\tjava.lang.Long\tid\tfield\t\t\n"
          + "relationship\tparents\tMANY_TO_MANY\tCOLLECTION\ttest.m2m.Parent\tchildren\tsecondary:test.m2m.Association:rightId:leftId\tSELECT\tSAVE_UPDATE,MERGE\t\t\n");

  public static final Table<Record> TABLE = TYPE.table();

  public static final Field<Long> ID = TYPE.<Long>field("id");

  public static final CollectionRelationship<Child, Parent> PARENTS = TYPE.<Parent>collection("parents");

  protected ChildRelations() {
  }

  /**
   * The live {@code parents}, never null; every change mirrors onto {@code Parent.children}.
   */
  public Collection<Parent> getParents() {
    return PARENTS.collection((Child) this);
  }

  /**
   * Replaces the contents of {@code parents} with {@code parents}, in order, mirrored onto {@code Parent.children}.
   */
  public void setParents(Collection<? extends Parent> parents) {
    PARENTS.replace((Child) this, parents);
  }
}
