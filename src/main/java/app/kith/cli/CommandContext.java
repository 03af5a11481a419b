package app.kith.cli;

import app.kith.KithApplication;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * The application context of a command: the modules' beans without the web adapters, and only the
 * auto-configurations a command uses, so that a command does not pay for evaluating the others
 * (mail: {@code kith digest send} with Spring's {@code spring.mail.*} settings).
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = KithApplication.class, excludeFilters = {
        @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = KithApplication.class),
        @Filter(type = FilterType.REGEX, pattern = "app\\.kith\\.(api|web|cli)\\..*")})
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, JacksonAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class, FlywayAutoConfiguration.class,
        MailSenderAutoConfiguration.class})
class CommandContext {
}
