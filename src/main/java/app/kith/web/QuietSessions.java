package app.kith.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The session store, with page views that do not write. Spring Session records every request's time
 * as the session's last access, so every page a signed-in user opens ended in an UPDATE of the
 * session row: a write transaction per page view, and on SQLite a turn among the writers for each.
 * Here the last access is moved on only once it is {@link #TOUCH_EVERY} old; a session then expires
 * at most that much earlier than its 14 days say. Everything else (attributes, sign-in's new id,
 * ending sessions) goes to the store unchanged.
 * <p>
 * Within a request ({@link OneRead}) the session is read once. Spring Session commits a session twice
 * when a page's writer is flushed before its filter ends, once then and once at the end, and the
 * second commit read the session from the database again: on PostgreSQL a transaction of three
 * statements on every page.
 */
final class QuietSessions implements FindByIndexNameSessionRepository<QuietSessions.Quiet>, DisposableBean {
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final FindByIndexNameSessionRepository<Session> store;
    private final DisposableBean lifecycle;

    @SuppressWarnings("unchecked")
    <R extends FindByIndexNameSessionRepository<?> & DisposableBean> QuietSessions(R store) {
        this.store = (FindByIndexNameSessionRepository<Session>) store;
        this.lifecycle = store;
    }

    @Override
    public Quiet createSession() {
        return new Quiet(store.createSession());
    }

    @Override
    public void save(Quiet session) {
        store.save(session.stored);
    }

    @Override
    public Quiet findById(String id) {
        Quiet[] read = READ.get();
        if (read != null && read[0] != null && read[0].getId().equals(id)) {
            return read[0];
        }
        Session found = store.findById(id);
        Quiet quiet = found == null ? null : new Quiet(found);
        if (read != null) {
            read[0] = quiet;
        }
        return quiet;
    }

    @Override
    public void deleteById(String id) {
        Quiet[] read = READ.get();
        if (read != null) {
            read[0] = null;
        }
        store.deleteById(id);
    }

    /** The session the current request has read; empty outside a request ({@link OneRead}). */
    private static final ThreadLocal<Quiet[]> READ = new ThreadLocal<>();

    /** Lets the session a request reads be read once in it; runs around Spring Session's own filter. */
    static final class OneRead extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            READ.set(new Quiet[1]);
            try {
                chain.doFilter(request, response);
            } finally {
                READ.remove();
            }
        }
    }

    @Override
    public Map<String, Quiet> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Quiet> found = new LinkedHashMap<>();
        store.findByIndexNameAndIndexValue(indexName, indexValue).forEach((id, s) -> found.put(id, new Quiet(s)));
        return found;
    }

    /** Stops the store's clean-up of expired sessions with the application. */
    @Override
    public void destroy() throws Exception {
        lifecycle.destroy();
    }

    /** A stored session whose last access moves on only once it is a minute old. */
    static final class Quiet implements Session {
        private final Session stored;

        private Quiet(Session stored) {
            this.stored = stored;
        }

        @Override
        public void setLastAccessedTime(Instant at) {
            if (!at.isBefore(stored.getLastAccessedTime().plus(TOUCH_EVERY))) {
                stored.setLastAccessedTime(at);
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return stored.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            stored.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            stored.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
