package app.kith.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Sessions in the database. A page's first requests after sign-in, arriving together, each save the
 * same new attribute (the CSRF token), and a plain INSERT lets all but one fail on the primary key.
 * The upsert Spring Session ships for PostgreSQL is also SQLite's syntax, so one query serves both.
 * The store Spring Boot makes is used through {@link QuietSessions}, so page views do not write.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer attributeUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /** Around Spring Session's filter, so that a request reads its session once ({@link QuietSessions}). */
    @Bean
    FilterRegistrationBean<QuietSessions.OneRead> oneSessionReadPerRequest() {
        FilterRegistrationBean<QuietSessions.OneRead> registration = new FilterRegistrationBean<>(new QuietSessions.OneRead());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    /**
     * Spring Boot's session store, used through {@link QuietSessions}: declaring a store of our own
     * would make Boot leave out its JDBC sessions altogether (the store, its clean-up and the filter).
     */
    @Bean
    static BeanPostProcessor quietSessions() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JdbcIndexedSessionRepository store ? new QuietSessions(store) : bean;
            }
        };
    }
}
