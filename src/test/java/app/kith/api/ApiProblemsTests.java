package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.shared.BadDataException;
import app.kith.shared.ConflictException;
import app.kith.shared.InvalidInputException;
import app.kith.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class ApiProblemsTests {
    private final ApiProblems problems = new ApiProblems();

    @Test
    void kithExceptionsMapToTheirStatusWithTheirDetail() {
        ProblemDetail invalid = problems.kith(new InvalidInputException("email", "'x' is not an email address")).getBody();
        ProblemDetail bad = problems.kith(new BadDataException("people.csv", 12, "missing name")).getBody();

        assertThat(problems.kith(new NotFoundException("person", "abc")).getStatusCode().value()).isEqualTo(404);
        assertThat(problems.kith(new ConflictException("taken")).getStatusCode().value()).isEqualTo(409);
        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(invalid.getDetail()).isEqualTo("email: 'x' is not an email address");
        assertThat(invalid.getProperties()).containsEntry("field", "email");
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getDetail()).isEqualTo("people.csv:12: missing name");
        assertThat(bad.getProperties()).containsEntry("line", 12L).containsEntry("file", "people.csv");
    }

    @Test
    void unexpectedFailureIsA500ThatRevealsNothingOfTheInside() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/people");

        ResponseEntity<ProblemDetail> answer = problems.unexpected(
                new IllegalStateException("SQLITE_BUSY at app.kith.people.People.list"), request);

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody().getDetail()).doesNotContain("SQLITE", "IllegalState", "app.kith")
                .contains("nothing was changed");
    }

    @Test
    void aDatabaseThatRefusesIsA503ThatSaysWhatToDo() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/people");

        ResponseEntity<ProblemDetail> answer = problems.unexpected(new DataAccessResourceFailureException("insert",
                new SQLiteException("[SQLITE_FULL] database or disk is full", SQLiteErrorCode.SQLITE_FULL)), request);

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(answer.getBody().getDetail()).doesNotContain("SQLITE")
                .isEqualTo("Kith cannot use its database: the disk holding the database is full: free some space,"
                        + " then try again (nothing was changed)");
    }
}
