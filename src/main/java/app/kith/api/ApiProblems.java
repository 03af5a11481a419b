package app.kith.api;

import app.kith.shared.BadDataException;
import app.kith.shared.ConflictException;
import app.kith.shared.InvalidInputException;
import app.kith.shared.KithException;
import app.kith.shared.NotFoundException;
import app.kith.storage.StorageTrouble;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where errors become HTTP answers: RFC 9457 problem details
 * ({@code application/problem+json}) with a {@code detail} a person can act on. Kith's own
 * exceptions map by kind; Spring MVC's (unknown route, wrong method, unreadable body...) keep their
 * status with a clearer detail; anything unexpected is a 500 that says nothing about the inside.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(KithException.class)
    ResponseEntity<ProblemDetail> kith(KithException e) {
        ProblemDetail problem = switch (e) {
            case NotFoundException n -> ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, n.getMessage());
            case InvalidInputException i -> withProperty(
                    ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, i.getMessage()), "field", i.field());
            case ConflictException c -> ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, c.getMessage());
            case BadDataException b -> {
                ProblemDetail bad = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, b.getMessage());
                bad.setProperty("file", b.file());
                bad.setProperty("line", b.line());
                yield bad;
            }
        };
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /** No token, or one that is not live. RFC 6750 asks for the challenge header on every 401. */
    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e, HttpServletRequest request) {
        Object reason = request.getAttribute(BearerTokenFilter.FAILURE);
        boolean tokenGiven = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                reason == null ? "This API needs a valid bearer token." : reason.toString());
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE,
                        tokenGiven ? "Bearer realm=\"kith\", error=\"invalid_token\"" : "Bearer realm=\"kith\"")
                .body(problem);
    }

    /** Over a rate limit: 429, with how many seconds to wait in {@code Retry-After} (RFC 9110) and in words. */
    @ExceptionHandler(RateLimited.class)
    ResponseEntity<ProblemDetail> tooManyRequests(RateLimited e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "This token may not do that."));
    }

    /** Spring Security's firewall refused the request's path before any chain ran. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException e) {
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request path is not allowed: it must not contain '//', ';', '..', encoded slashes "
                        + "or control characters."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        Optional<String> storage = StorageTrouble.explain(e);
        if (storage.isPresent()) {
            log.warn("{} {}: {}", request.getMethod(), request.getRequestURI(), storage.get());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "Kith cannot use its database: " + storage.get()));
        }
        log.error("Unexpected error answering {} {}", request.getMethod(), request.getRequestURI(), e);
        return ResponseEntity.internalServerError().body(ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on the server; nothing was changed."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        BodyError error = BodyError.of(e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, error.detail());
        if (error.field() != null) {
            problem.setProperty("field", error.field());
        }
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        String wanted = e.getRequiredType() == null ? "a valid value" : TypeNames.describe(e.getRequiredType());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                name + ": '" + e.getValue() + "' is not " + wanted);
        problem.setProperty("field", name);
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                e.getParameterName() + ": is required");
        problem.setProperty("field", e.getParameterName());
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "There is no " + e.getHttpMethod() + " " + path(request) + " in this API.");
        return handleExceptionInternal(e, problem, headers, HttpStatus.NOT_FOUND, request);
    }

    private static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : "such path";
    }

    private static ProblemDetail withProperty(ProblemDetail problem, String name, Object value) {
        problem.setProperty(name, value);
        return problem;
    }
}
