/**
 * Authors and their books, with Jakarta Data repositories over them, whose implementations the
 * processor generates.
 */
package org.relata.it.model.repo;
