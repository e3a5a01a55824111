/**
 * Models of SQLAlchemy's ORM test fixtures ({@code test/orm/_fixtures.py} and the tables that
 * {@code test_cascade.py}, {@code test_unitofwork.py} and {@code test_unitofworkv2.py} define), one
 * package per mapping, for the tests in {@code org.relata.it.sqlalchemy} that port those suites.
 */
package org.relata.it.model.sqla;
