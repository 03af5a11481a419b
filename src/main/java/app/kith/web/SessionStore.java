package app.kith.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in the database. A page's first requests after sign-in, arriving together, each save the
 * same new attribute (the CSRF token), and a plain INSERT lets all but one fail on the primary key.
 * The upsert Spring Session ships for PostgreSQL is also SQLite's syntax, so one query serves both.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer attributeUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
