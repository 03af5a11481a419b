package app.kith.web;

import app.kith.accounts.SignInService;
import app.kith.shared.AccountId;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The browser's security chain: everything outside the API. Pages need a signed-in session (form
 * login at {@code /login}, throttled by {@link SignInService}, with a {@link DeviceCookie} for the
 * browsers that signed in before; sessions in the database through Spring Session, a new session id
 * at sign-in); every state change is a POST carrying the CSRF token (forms get it as {@code _csrf},
 * htmx requests as a header from the page's meta tag). The policy allows scripts and styles only
 * from this site, so nothing a user typed can ever run. {@code /healthz}, the sign-in and sign-up
 * pages, static files (the web app manifest, icons and service worker among them), the calendar feed
 * and a digest's unsubscribe link (their secret is their key) are open; the unsubscribe link also
 * takes a POST without a CSRF token, as mail clients send it, and so does the share target, which
 * writes nothing. Sign-out tells the browser to clear what the site stored (Clear-Site-Data).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebSecurity {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final String UNSUBSCRIBE = "/digest/unsubscribe/*";
    /** Sign-out empties what this site keeps in the browser: the service worker's copies and the offline queue. */
    static final String CLEAR_SITE_DATA = "\"cache\", \"storage\"";

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, SignInService signIns, DeviceCookie devices) throws Exception {
        SameOriginRedirect redirect = new SameOriginRedirect();
        return http
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/healthz", "/error", "/login", "/signup", "/css/**", "/js/**",
                                "/webjars/**", "/icons/**", "/favicon.ico", "/manifest.webmanifest", "/sw.js", "/offline.html", "/calendar/*.ics", DeniedPage.PATH, UNSUBSCRIBE).permitAll()
                        .anyRequest().authenticated())
                .authenticationProvider(new AccountAuthenticationProvider(signIns))
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("username").passwordParameter("password")
                        .authenticationDetailsSource(SignInDetails::of)
                        .successHandler((request, response, signedIn) -> {
                            devices.remember((AccountId) signedIn.getPrincipal(), request, response);
                            redirect.onAuthenticationSuccess(request, response, signedIn);
                        })
                        .failureHandler((request, response, e) -> response.sendRedirect(
                                e instanceof AccountAuthenticationProvider.TooManyAttempts
                                        ? "/login?wait" : "/login?error"))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut")
                        .invalidateHttpSession(true).deleteCookies("SESSION")
                        .addLogoutHandler((request, response, signedOut) ->
                                response.setHeader("Clear-Site-Data", CLEAR_SITE_DATA)))
                // A mail client's one-click unsubscribe (RFC 8058) posts without a token; the signed link is the key.
                // A phone's share sheet posts to the share target without one too: it only shows a form, writing nothing.
                .csrf(csrf -> csrf.ignoringRequestMatchers(UNSUBSCRIBE, SharePage.PATH))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(errors -> errors.accessDeniedPage(DeniedPage.PATH))
                .headers(headers -> headers.contentTypeOptions(nosniff -> { })
                        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }
}
