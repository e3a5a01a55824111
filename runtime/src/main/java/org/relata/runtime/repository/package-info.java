/**
 * What the repositories that the Relata processor generates from Jakarta Data interfaces call:
 * {@link org.relata.runtime.repository.Finders} turns a finder's special parameters into an {@link
 * org.relata.runtime.EntityQuery} and its results into the declared return type, and {@link
 * org.relata.runtime.repository.Lifecycle} writes entities through the session. Needs {@code
 * jakarta.data:jakarta.data-api} on the classpath; nothing else in the runtime does.
 */
package org.relata.runtime.repository;
