package app.kith.digest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The server runs the digest's minute tick ({@code kith.digest.tick}); a command never does: it
 * sends only what it is asked to, and exits.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
class DigestScheduling {
}
