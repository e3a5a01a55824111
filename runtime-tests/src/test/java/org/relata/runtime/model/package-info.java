/**
 * Entities for the session's tests on H2, compiled by the processor, which generates their {@code
 * XRelations} bases (with their structure, the typed columns and the relationship constants) and
 * the META-INF/relata resources of the link tables. Several tables are named with SQL keywords
 * ({@code user}, {@code order}, {@code group}, {@code left}, {@code right}), which only quoting
 * lets through.
 */
package org.relata.runtime.model;
