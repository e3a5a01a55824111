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
 *       values the database holds, and which relationships are still unloaded. It owns its
 *       transitions: everyone else changes it through its named methods ({@code requestDelete},
 *       {@code inserted}, {@code deleted}, {@code columnsWritten}, ...).
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
 * <p>A flush decides everything before its first statement, then only emits. {@code Flush} runs one
 * from end to end: plan, write inside a savepoint, then move the clean points forward (or put
 * everything back); when every managed object gives it nothing ({@code FlushPlan.givesNothing}, one
 * walk), as before most queries, it skips the plan. The file that decides each kind of statement:
 *
 * <ul>
 *   <li>INSERT of an entity row: {@code FlushPlan} (every pending object that stays), in the order
 *       that {@code FlushOrder} decides (parents first).
 *   <li>UPDATE of a persistent row's columns: {@code FlushPlan} ({@code findChanged}); the foreign
 *       keys that relationships set in INSERTs and UPDATEs: the side's {@code DirectionRules}, that
 *       is {@code ManyToOneRules} (a reference set or cleared) and {@code OneToManyRules} (a child
 *       added to or taken out of a collection); a one-to-one key released ahead of the INSERTs:
 *       {@code FlushPlan} ({@code findReleasedKeys}).
 *   <li>DELETE of an entity row: {@code FlushPlan} (the objects that {@code Session.delete}, the
 *       delete cascade in {@code Cascades} and the orphan rules mark), in the order that {@code
 *       FlushOrder} decides (children first, keys set to NULL to break a cycle).
 *   <li>FK nulling of a deleted row's remaining children (one set-based UPDATE per key): {@code
 *       OneToManyRules} ({@code delete}: de-associate, unless a DELETE cascade or {@code
 *       passiveDeletes} takes them).
 *   <li>Link INSERT and DELETE in an association table: {@code ManyToManyRules} ({@code save});
 *       {@code FlushPlan} drops those whose end is deleted; the set-based DELETE of a deleted row's
 *       links: {@code ManyToManyRules} ({@code delete}).
 *   <li>Orphan DELETE: {@code OneToManyRules} ({@code childRemoved}, {@code isOrphan}, {@code
 *       pendingOrphans}), which {@code FlushPlan.deleteOrphans} follows with the delete cascade.
 * </ul>
 *
 * <p>{@code FlushWriter} emits the entity statements (INSERT, UPDATE, the set-based clean-up,
 * DELETE) and {@code LinkWriter} the association-row statements; neither decides. Behind them:
 * {@code DirectionRules} picks a side's rules once per relationship ({@code TypePlan} holds them by
 * type); {@code Targets} reads what a scalar or collection side refers to; {@code LinkDiff}: the
 * minimal diff of association rows; {@code Levels}: dependency order; {@code WriteOrder}, {@code
 * Keys}, {@code KeyArrays}: statement shapes and the order rows are written in; {@code Failures},
 * {@code ForeignKeyFailures}: what a failed statement means (conflict, lost connection,
 * constraint).
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
