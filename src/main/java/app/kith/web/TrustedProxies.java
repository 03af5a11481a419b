package app.kith.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Whose {@code Forwarded} and {@code X-Forwarded-*} headers are believed: only a proxy whose address is
 * in {@code KITH_TRUSTED_PROXIES} (CIDRs, comma-separated; none by default). From such a proxy the
 * client's address, scheme and host follow the headers, so cookies get {@code Secure} and HSTS is
 * sent behind a TLS proxy; from anyone else the headers are removed before anything reads them.
 */
@Configuration(proxyBeanMethods = false)
class TrustedProxies {

    @Bean
    FilterRegistrationBean<ForwardedHeaders> forwardedHeaders(@Value("${kith.trusted-proxies:}") String cidrs) {
        FilterRegistrationBean<ForwardedHeaders> registration = new FilterRegistrationBean<>(new ForwardedHeaders(cidrs));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static final class ForwardedHeaders extends OncePerRequestFilter {
        private final List<IpAddressMatcher> trusted;
        private final ForwardedHeaderFilter believe = new ForwardedHeaderFilter();
        private final ForwardedHeaderFilter remove = new ForwardedHeaderFilter();

        ForwardedHeaders(String cidrs) {
            trusted = Arrays.stream(cidrs.split(",")).map(String::strip).filter(c -> !c.isEmpty()).map(cidr -> {
                try {
                    return new IpAddressMatcher(cidr);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("KITH_TRUSTED_PROXIES: '" + cidr + "' is not an address or CIDR"
                            + " such as 10.0.0.0/8");
                }
            }).toList();
            remove.setRemoveOnly(true);
            // Redirects stay relative behind a proxy too: no absolute URL from forwarded host headers.
            believe.setRelativeRedirects(true);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String from = request.getRemoteAddr();
            boolean proxy = trusted.stream().anyMatch(m -> m.matches(from));
            (proxy ? believe : remove).doFilter(request, response, chain);
        }
    }
}
