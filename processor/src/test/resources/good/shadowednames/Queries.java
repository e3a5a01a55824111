package good.shadowednames;

import org.jooq.Field;

/** A user's query code: the typed columns must be typed with java.lang.Long, not this package's. */
final class Queries {
  static final Field<java.lang.Long> METER_ID = Reading.METER_ID;
  static final Field<java.lang.Long> ID = Meter.ID;

  private Queries() {}
}
