/**
 * Entities for the session's tests on H2, compiled by the processor, which generates their {@code
 * XRelations} bases and {@code X_} metamodels. Several tables are named with SQL keywords ({@code
 * user}, {@code order}, {@code group}, {@code left}, {@code right}), which only quoting lets
 * through.
 */
package org.relata.runtime.model;
