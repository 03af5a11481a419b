package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * A page reads its session once, through Spring Session's own filter: a page whose writer is flushed
 * before the filter ends is committed twice, and the second commit looked the session up again. The
 * store here is Spring Session's in-memory one, counting its reads; the database's is the same to the filter.
 */
class SessionReadsTests {

    @Test
    void aPageWhoseWriterIsFlushedReadsItsSessionOnce() throws Exception {
        CountingStore store = new CountingStore();
        QuietSessions sessions = new QuietSessions(store);
        QuietSessions.Quiet session = saved(sessions);
        SessionRepositoryFilter<QuietSessions.Quiet> springSession = new SessionRepositoryFilter<>(sessions);
        FilterChain page = (request, response) -> {
            assertThat(((HttpServletRequest) request).getSession(false)).as("signed in").isNotNull();
            response.getWriter().write("<html>the page</html>");
            response.getWriter().flush();
        };

        store.reads = 0;
        springSession.doFilter(request(session), new MockHttpServletResponse(), page);
        assertThat(store.reads).as("Spring Session alone, as it is").isEqualTo(2);

        for (String request : List.of("around it, the page's one read", "the next request reads it again")) {
            store.reads = 0;
            new QuietSessions.OneRead().doFilter(request(session), new MockHttpServletResponse(),
                    (servletRequest, response) -> springSession.doFilter(servletRequest, response, page));
            assertThat(store.reads).as(request).isEqualTo(1);
        }
    }

    @Test
    void aSessionEndedInARequestIsNotFoundAgainInIt() throws Exception {
        QuietSessions sessions = new QuietSessions(new CountingStore());
        QuietSessions.Quiet session = saved(sessions);

        new QuietSessions.OneRead().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
                (request, response) -> {
                    assertThat(sessions.findById(session.getId())).isNotNull();
                    sessions.deleteById(session.getId());
                    assertThat(sessions.findById(session.getId())).as("signed out").isNull();
                });
    }

    private static QuietSessions.Quiet saved(QuietSessions sessions) {
        QuietSessions.Quiet session = sessions.createSession();
        sessions.save(session);
        return session;
    }

    private static MockHttpServletRequest request(Session session) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setCookies(new Cookie("SESSION",
                Base64.getEncoder().encodeToString(session.getId().getBytes(StandardCharsets.UTF_8))));
        return request;
    }

    /** Spring Session's in-memory store, counting the sessions looked up by id. */
    private static final class CountingStore implements FindByIndexNameSessionRepository<MapSession>, DisposableBean {
        private final MapSessionRepository sessions = new MapSessionRepository(new ConcurrentHashMap<>());
        private int reads;

        @Override
        public MapSession createSession() {
            return sessions.createSession();
        }

        @Override
        public void save(MapSession session) {
            sessions.save(session);
        }

        @Override
        public MapSession findById(String id) {
            reads++;
            return sessions.findById(id);
        }

        @Override
        public void deleteById(String id) {
            sessions.deleteById(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return Map.of();
        }

        @Override
        public void destroy() {
        }
    }
}
