package org.relata.processor.validation;

import static org.relata.processor.diagnostics.Message.DELETE_ORPHAN_NOT_SINGLE_PARENT;

import org.relata.processor.testing.ProcessorTest;
import org.relata.processor.testing.Relata;
import org.relata.processor.testing.TestCompiler;

/** Cascades that the direction of their side cannot honour are compile errors. */
class CascadeValidationTest {

  @ProcessorTest
  void deleteOrphanOnManyToManyOrManyToOneIsRefusedOnTheCascadeValue(TestCompiler compiler) {
    Relata.compile(compiler, "bad/deleteorphannotsingleparent")
        .hasError(
            DELETE_ORPHAN_NOT_SINGLE_PARENT,
            "Parent.java",
            "cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})")
        .hasError(
            DELETE_ORPHAN_NOT_SINGLE_PARENT,
            "User.java",
            "@Backref(value = \"user\", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})")
        .hasError(
            DELETE_ORPHAN_NOT_SINGLE_PARENT,
            "Order.java",
            "@Relationship(cascade = Cascade.DELETE_ORPHAN)")
        .mentions("Parent.children, a many-to-many")
        .mentions("Address.user, a many-to-one")
        .mentions("put DELETE_ORPHAN on a one-to-many side such as User.addresses")
        .hasOnlyRelataErrors();
  }
}
