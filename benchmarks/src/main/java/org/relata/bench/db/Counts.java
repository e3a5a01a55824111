package org.relata.bench.db;

/**
 * What a stretch of JDBC traffic did: queries run, write statements executed (each entry of a batch
 * counts as one), round trips for writes (a batch is one), and rows the writes changed.
 *
 * @param queries statements that returned a result set
 * @param writeStatements INSERT, UPDATE and DELETE statements, counting each batch entry
 * @param writeRoundTrips executions of write statements, a whole batch counting once
 * @param rowsWritten the sum of the update counts the driver reported
 */
public record Counts(long queries, long writeStatements, long writeRoundTrips, long rowsWritten) {}
