package good.shadowednames;

/**
 * A class of the entities' package whose name hides java.lang.Long there: generated code must
 * name the column type as java.lang.Long.
 */
public class Long {}
