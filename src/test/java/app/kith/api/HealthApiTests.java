package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

class HealthApiTests extends ApiTestSupport {

    @Test
    void healthIsUpWithoutAToken() {
        Answer answer = get(null, "/healthz");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("status").asString()).isEqualTo("up");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void healthIsA503ProblemWhenTheDatabaseDoesNotAnswer() {
        HikariDataSource closed = new HikariDataSource();
        closed.setJdbcUrl("jdbc:sqlite:" + TestDatabases.tempDir().resolve("gone.db"));
        closed.close();

        ResponseEntity<?> answer = new HealthController(JdbcClient.create(closed)).health();

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getBody()).isInstanceOfSatisfying(ProblemDetail.class,
                problem -> assertThat(problem.getDetail()).contains("database"));
    }
}
