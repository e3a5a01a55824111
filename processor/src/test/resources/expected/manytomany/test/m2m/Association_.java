package test.m2m;

import java.util.List;
import javax.annotation.processing.Generated;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.relata.OnDelete;
import org.relata.runtime.meta.AssociationType;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.Tables;

/**
 * The metamodel of the association table {@link Association}.
 */
@Generated("org.relata.processor.RelataProcessor")
public final class Association_ {
  /**
   * The table {@code association}.
   */
  public static final Table<Record> TABLE = Tables.table("association");

  /**
   * The column {@code association.left_id}.
   */
  public static final Field<Long> LEFT_ID = Tables.column("association", "left_id", Long.class);

  /**
   * The column {@code association.right_id}.
   */
  public static final Field<Long> RIGHT_ID = Tables.column("association", "right_id", Long.class);

  /**
   * The link table as the runtime sees it.
   */
  public static final AssociationType TYPE = AssociationType.of(Association.class, TABLE, List.<Attribute<?, ?>>of(
      Attribute.linkColumn(Association.class, "leftId", LEFT_ID).references(Parent.class, OnDelete.NO_ACTION),
      Attribute.linkColumn(Association.class, "rightId", RIGHT_ID).references(Child.class, OnDelete.NO_ACTION)));

  private Association_() {
  }
}
