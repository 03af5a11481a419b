package app.kith.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that happen outside Spring MVC (in a servlet filter, or rejected by the server before any
 * controller) reach the servlet container's error page; this answers it with problem details too,
 * keeping only the status: the underlying exception is logged by the container, never shown.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c && HttpStatus.resolve(c) != null && c >= 400
                ? HttpStatus.valueOf(c) : HttpStatus.INTERNAL_SERVER_ERROR;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, status.is5xxServerError()
                ? "Something went wrong on the server; nothing was changed."
                : "The request could not be handled (" + status.getReasonPhrase() + ").");
        if (uri != null) {
            try {
                problem.setInstance(URI.create(uri.toString()));
            } catch (IllegalArgumentException e) {
                // A request path that is not a valid URI is what got the request rejected; leave it out.
            }
        }
        return ResponseEntity.status(status).body(problem);
    }
}
