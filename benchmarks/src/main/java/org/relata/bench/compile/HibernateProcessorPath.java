package org.relata.bench.compile;

/**
 * The jars that Hibernate's annotation processor runs with: hibernate-jpamodelgen and the
 * transitive closure of the dependencies its POM declares (hibernate-core for HQL checking, and
 * what hibernate-core needs). Maven resolves hibernate-core to the version pinned in the parent
 * POM, since hibernate-jpamodelgen stopped at 6.6.53.
 */
final class HibernateProcessorPath {
  static final String[] ARTIFACTS = {
    "hibernate-jpamodelgen",
    "hibernate-core",
    "jakarta.persistence-api",
    "jakarta.transaction-api",
    "jboss-logging",
    "hibernate-commons-annotations",
    "jandex",
    "classmate",
    "byte-buddy",
    "jaxb-runtime",
    "jaxb-core",
    "angus-activation",
    "txw2",
    "istack-commons-runtime",
    "jakarta.inject-api",
    "antlr4-runtime",
    "jakarta.validation-api",
    "jakarta.annotation-api",
    "jakarta.xml.bind-api",
    "jakarta.activation-api",
  };

  private HibernateProcessorPath() {}
}
