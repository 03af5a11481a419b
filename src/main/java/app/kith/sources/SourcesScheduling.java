package app.kith.sources;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The server syncs sources in the background ({@code kith.sources.tick}); a command never does: it
 * syncs only what it is asked to, and exits.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
class SourcesScheduling {
}
