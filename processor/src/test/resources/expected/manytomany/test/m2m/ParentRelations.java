package test.m2m;

import java.lang.invoke.MethodHandles;
import java.util.Collection;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.relata.runtime.meta.CollectionRelationship;
import org.relata.runtime.meta.EntityRelations;
import org.relata.runtime.meta.EntityType;

/**
 * The generated base class of {@link Parent}: its table and typed columns for jOOQ queries, its
 * relationship descriptors, and accessors that keep both sides of every relationship in step. The
 * runtime reads the structure behind them once, from the string that {@code TYPE} passes.
 */
@Generated("org.relata.processor.RelataProcessor")
public abstract class ParentRelations extends EntityRelations {
  public static final EntityType<Parent> TYPE = EntityType.<Parent>bootstrap(MethodHandles.lookup(), Parent.class,
      "relata\t1\tentity\ttest.m2m.Parent\n"
          + "table\t\tleft\n"
          + "constructor\ttrue\n"
          + "column\tid\tid\tjava.lang.Long\tid\tfield\t\t\n"
          + "relationship\tchildren\tMANY_TO_MANY\tLIST\ttest.m2m.Child\tparents\tsecondary:test.m2m.Association:leftId:rightId\tSELECT\tSAVE_UPDATE,MERGE\t\t\n");

  public static final Table<Record> TABLE = TYPE.table();

  public static final Field<Long> ID = TYPE.<Long>field("id");

  public static final CollectionRelationship<Parent, Child> CHILDREN = TYPE.<Child>collection("children");

  protected ParentRelations() {
  }

  /**
   * The live {@code children}, never null; every change mirrors onto {@code Child.parents}.
   */
  public List<Child> getChildren() {
    return CHILDREN.list((Parent) this);
  }

  /**
   * Replaces the contents of {@code children} with {@code children}, in order, mirrored onto {@code Child.parents}.
   */
  public void setChildren(Collection<? extends Child> children) {
    CHILDREN.replace((Parent) this, children);
  }
}
