/**
 * The model phase: an immutable model of the entities, association tables and relationships of a
 * compilation, built from {@code javax.lang.model} elements and resolved (direction, join, reverse,
 * materialized backrefs) without ever throwing on a bad model.
 */
package org.relata.processor.model;
