package app.kith.api;

import app.kith.accounts.TokenService;
import org.springframework.beans.factory.annotation.Qualifier;
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
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Two security chains. The API chain ({@code /api/**}) is stateless and authenticates each request
 * by its bearer token, within the {@link ApiRateLimits} (every 401 counts against the client's
 * address); CSRF protection is off there because the API never reads cookies, so a
 * forged cross-site request carries no credentials. Everything else (the web app, the health check)
 * is the web module's chain. The API keeps the secure headers (nosniff, no framing); its 401 and 403
 * answers go through the same exception handler as every other error, so they are problem details
 * too. Only a server has it: the command line runs the same application without a web server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiSecurity {
    static final String OPENAPI_PATH = "/api/openapi.json";

    private final HandlerExceptionResolver problems;

    ApiSecurity(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.problems = problems;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, TokenService tokens, ApiRateLimits limits) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(OPENAPI_PATH, OPENAPI_PATH + ".yaml").permitAll()
                        .anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(ApiSecurity::secureHeaders)
                .addFilterBefore(new BearerTokenFilter(tokens, limits, problems), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> {
                            limits.addressFailed(request.getRemoteAddr());
                            problems.resolveException(request, response, null, e);
                        })
                        .accessDeniedHandler((request, response, e) ->
                                problems.resolveException(request, response, null, e)))
                .build();
    }

    /** Paths the firewall refuses ({@code //}, {@code ;}, {@code ..}) are answered as problem details too. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, e) -> problems.resolveException(request, response, null, e);
    }

    /** JSON only, never framed, never sniffed as something else, and no referrer leaks. */
    private static void secureHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentTypeOptions(nosniff -> { })
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER));
    }
}
