/**
 * The metamodel and in-memory relationship machinery that generated code calls.
 *
 * <p>Users reach these types through the constants of the generated {@code ERelations} class of
 * each entity: {@code User.TYPE}, the typed jOOQ fields such as {@code User.NAME}, and relationship
 * descriptors such as {@code User.ADDRESSES}, whose accessors delegate to {@link
 * org.relata.runtime.meta.ScalarRelationship} and {@link
 * org.relata.runtime.meta.CollectionRelationship}.
 *
 * <h2>Bootstrap</h2>
 *
 * <p>The generated source holds the structure of an entity (its table, columns, keys, foreign keys
 * and relationships) as one string constant, one tab-separated record per line, which javac folds
 * into one literal. The first constant of {@code ERelations} is {@code TYPE =
 * EntityType.bootstrap(MethodHandles.lookup(), E.class, "relata\t1\tentity\t...")}; it runs once
 * per entity type, when the class initialises:
 *
 * <ul>
 *   <li>{@code MetaResource} parses the structure; a malformed or unknown-version one fails with an
 *       error naming the class and the line.
 *   <li>{@code Bootstrap} builds the {@link org.relata.runtime.meta.EntityType}: the jOOQ table and
 *       fields (schema-qualified names, enums stored by name in a VARCHAR), the attributes and the
 *       relationships. The classes the structure names (foreign-key targets, join tables, reverse
 *       sides) are looked up on first use, not at bootstrap, because two entities' {@code
 *       ERelations} classes initialise each other in either order.
 *   <li>{@code AccessorClass} defines, with the passed {@code Lookup}, one hidden class in the
 *       entity's package that implements {@link org.relata.runtime.meta.Accessor}: a {@code
 *       tableswitch} over the slots (columns, then relationships) of direct field reads and writes
 *       or getter and setter calls, the bytecode javac would compile from a hand-written switch. It
 *       is also the entity's factory ({@code new E()}). Reflection learns the members' types here,
 *       once; reading and writing fields afterwards involves none. {@code ClassFileWriter} writes
 *       its class file.
 *   <li>The type is registered, so that {@link org.relata.runtime.meta.EntityType#of} finds it; for
 *       a class not seen yet, {@code of} initialises its {@code ERelations} class by name.
 * </ul>
 *
 * <p>An {@code @AssociationTable} has no generated source, only a resource {@code
 * META-INF/relata/<binary name>.relata} in the same format, which {@link
 * org.relata.runtime.meta.AssociationType#of(Class)} reads on first use.
 */
package org.relata.runtime.meta;
