package org.relata.processor.model;

import java.util.List;

/**
 * The Jakarta Data 1.0 names the processor reads. It reads them by name only, so that it needs the
 * API on the compile classpath only of users who write repositories.
 */
public final class JakartaData {
  public static final String REPOSITORY = "jakarta.data.repository.Repository";
  public static final String DATA_REPOSITORY = "jakarta.data.repository.DataRepository";
  public static final String BASIC_REPOSITORY = "jakarta.data.repository.BasicRepository";
  public static final String FIND = "jakarta.data.repository.Find";
  public static final String INSERT = "jakarta.data.repository.Insert";
  public static final String UPDATE = "jakarta.data.repository.Update";
  public static final String SAVE = "jakarta.data.repository.Save";
  public static final String DELETE = "jakarta.data.repository.Delete";
  public static final String QUERY = "jakarta.data.repository.Query";
  public static final String BY = "jakarta.data.repository.By";
  public static final String ORDER_BY = "jakarta.data.repository.OrderBy";
  public static final String ORDER_BY_LIST = "jakarta.data.repository.OrderBy.List";
  public static final String LIMIT = "jakarta.data.Limit";
  public static final String SORT = "jakarta.data.Sort";
  public static final String ORDER = "jakarta.data.Order";
  public static final String PAGE = "jakarta.data.page.Page";
  public static final String PAGE_REQUEST = "jakarta.data.page.PageRequest";

  /** The name {@code @By} gives the id attribute, {@code By.ID}. */
  public static final String ID = "id(this)";

  /** The provider names that Relata answers to in {@code @Repository(provider = ...)}. */
  public static final String PROVIDER = "Relata";

  /** Relata's own annotation that loads relationships with a finder's results. */
  public static final String FETCH = "org.relata.Fetch";

  public static final String FETCH_LIST = "org.relata.Fetch.List";

  /** The runtime types a resource-accessor method may return. */
  public static final String SESSION = "org.relata.runtime.Session";

  public static final String DSL_CONTEXT = "org.jooq.DSLContext";

  private JakartaData() {}

  /**
   * The column that a repository's attribute name means: a field name, or {@code id(this)} for a
   * single {@code @Id}; null when there is none.
   */
  public static ColumnModel column(EntityModel entity, String attribute) {
    if (attribute.equals(ID)) {
      List<ColumnModel> ids = entity.ids();
      return ids.size() == 1 ? ids.get(0) : null;
    }
    return entity.column(attribute);
  }
}
