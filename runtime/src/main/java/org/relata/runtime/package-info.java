/**
 * The unit of work on jOOQ: {@link org.relata.runtime.Session} and {@link
 * org.relata.runtime.Schema}, with the classes behind them, by role.
 *
 * <h2>Session: what the session knows</h2>
 *
 * <ul>
 *   <li>{@code Session}: the public entry point; owns the connection, the transaction and the
 *       managed objects.
 *   <li>{@code EntityState}: one managed object's life (pending, persistent, deleted), the column
 *       values the database holds, and which relationships are still unloaded.
 *   <li>{@code IdentityMap}: one object per row.
 *   <li>{@code Cascades}: the save-update cascade (run by {@code add} and when a link is made from
 *       a cascading side), the check before a flush that everything reached is managed, and the
 *       delete cascade.
 *   <li>{@code DetachedPlainObjects}: the identity of objects without relationships once their
 *       session has closed.
 *   <li>{@code SessionTransaction}, {@code TransactionScope}, {@code OuterTransactions}: the
 *       session's part of a transaction through jOOQ's {@code TransactionProvider}, nested in a
 *       surrounding one when there is one.
 *   <li>{@code Journal}: undoes what a flush changed in memory when its transaction rolls back.
 * </ul>
 *
 * <h2>Write: the flush</h2>
 *
 * <ul>
 *   <li>{@code Flush}: one flush from end to end: plan, write inside a savepoint, then move the
 *       clean points forward (or put everything back).
 *   <li>{@code FlushPlan}: <b>decides every statement</b> before the first one runs: the rows to
 *       INSERT and their order, the foreign keys that relationships set (the UPDATEs), the
 *       association rows to add and remove, the orphans, the rows to DELETE and their order, and
 *       what must let go of deleted rows (keys set to NULL, links removed).
 *   <li>{@code FlushWriter}: emits the entity statements the plan decided (INSERT, UPDATE, the
 *       set-based clean-up, DELETE); {@code LinkWriter}: emits the association-row statements.
 *   <li>{@code LinkDiff}: the minimal diff of association rows; {@code Levels}: dependency order;
 *       {@code TypePlan}: what a flush needs per entity type; {@code WriteOrder}, {@code Keys},
 *       {@code KeyArrays}: statement shapes and the order rows are written in; {@code Failures}:
 *       what a failed statement means (conflict, lost connection, constraint).
 * </ul>
 *
 * <h2>Read: loading</h2>
 *
 * <ul>
 *   <li>{@code Loader}: reads rows into objects through the identity map, and loads a relationship
 *       on first access ({@code SELECT}).
 *   <li>{@code EntityQuery}: the public query; {@code JoinTree}: {@code JOINED} loading; {@code
 *       BatchLoad}: {@code SELECTIN} loading; {@code LoadedLinks}: fills both sides of what a load
 *       read.
 * </ul>
 *
 * <h2>Schema</h2>
 *
 * <ul>
 *   <li>{@code Schema}: CREATE TABLE for entities and their association tables.
 * </ul>
 *
 * <h2>Bootstrap: where the types come from</h2>
 *
 * <p>Everything here works on {@link org.relata.runtime.meta.EntityType}s. Each is built once, when
 * the entity's generated {@code ERelations} class initialises and calls {@code
 * EntityType.bootstrap}: the runtime parses the entity's structure, which the processor wrote into
 * that call as a string constant, and defines a hidden accessor class for its fields. A session
 * asking for a type it has not seen ({@code EntityType.of}) triggers that initialisation. See
 * {@link org.relata.runtime.meta} for the steps.
 *
 * <p>The exceptions ({@code RelataException} and its subclasses) are public; everything else here
 * is package-private. The relationship machinery that generated code calls lives in {@link
 * org.relata.runtime.meta}.
 */
package org.relata.runtime;
