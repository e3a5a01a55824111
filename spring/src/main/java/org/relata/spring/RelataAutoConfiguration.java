package org.relata.spring;

import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Spring Boot auto-configuration, after Boot's jOOQ one: sessions on Boot's {@code DSLContext}
 * learn how Spring's transactions end ({@link SpringOuterTransactions}), and a {@link
 * TransactionSessions} bean hands out each transaction's session.
 */
@AutoConfiguration(after = JooqAutoConfiguration.class)
@ConditionalOnClass({DSLContext.class, PlatformTransactionManager.class})
public class RelataAutoConfiguration {
  @Bean
  @ConditionalOnBean(DataSource.class)
  DefaultConfigurationCustomizer relataOuterTransactions(DataSource dataSource) {
    return configuration -> SpringOuterTransactions.install(configuration, dataSource);
  }

  @Bean
  @ConditionalOnBean(DSLContext.class)
  @ConditionalOnMissingBean
  TransactionSessions relataTransactionSessions(DSLContext dsl) {
    return new TransactionSessions(dsl);
  }
}
