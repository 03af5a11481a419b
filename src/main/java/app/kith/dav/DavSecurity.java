package app.kith.dav;

import app.kith.accounts.SignInService;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The sync clients' security chain, for {@code /dav/**} and the two well-known addresses: stateless,
 * HTTP Basic with an app password ({@link BasicAuthFilter}), no session, no CSRF token (clients send
 * no cookies, and the chain reads none, so a forged cross-site request carries no credentials). An
 * app password opens nothing else: the API takes only bearer tokens and the web app only its
 * sign-in form. The firewall also lets WebDAV's methods through, which it refuses by default.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class DavSecurity {
    /** WebDAV, CardDAV and CalDAV methods, besides HTTP's own. */
    static final Set<String> DAV_METHODS = Set.of("PROPFIND", "PROPPATCH", "REPORT", "MKCOL", "MKCALENDAR", "COPY",
            "MOVE", "LOCK", "UNLOCK", "ACL");

    @Bean
    @Order(0)
    SecurityFilterChain davChain(HttpSecurity http, SignInService signIns) throws Exception {
        return http.securityMatcher("/dav/**", "/dav", "/.well-known/carddav", "/.well-known/caldav")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/.well-known/carddav", "/.well-known/caldav").permitAll()
                        .anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .securityContext(context -> context.requireExplicitSave(true))
                .headers(headers -> headers.contentTypeOptions(nosniff -> { })
                        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .addFilterBefore(new BasicAuthFilter(signIns), AuthorizationFilter.class)
                .build();
    }

    /** Spring Security's firewall as it is, with WebDAV's methods allowed too. */
    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHttpMethods(Stream.concat(
                Stream.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"), DAV_METHODS.stream())
                .collect(Collectors.toSet()));
        return firewall;
    }
}
