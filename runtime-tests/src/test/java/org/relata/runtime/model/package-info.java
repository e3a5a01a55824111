/**
 * Entities for the session's tests on H2, compiled by the processor, which generates their {@code
 * XRelations} bases (with the typed columns and relationship constants) and META-INF/relata
 * resources. Several tables are named with SQL keywords ({@code user}, {@code order}, {@code
 * group}, {@code left}, {@code right}), which only quoting lets through.
 */
package org.relata.runtime.model;
