package app.kith.web;

import app.kith.shared.ConflictException;
import app.kith.shared.InvalidInputException;
import app.kith.shared.KithException;
import app.kith.shared.NotFoundException;
import app.kith.storage.StorageTrouble;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Errors on pages become a calm page with the message and a way back, with the right status:
 * another account's id is simply not found (404). Only the web module's controllers use it; the API
 * keeps its problem details.
 */
@ControllerAdvice(basePackageClasses = WebErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebErrors {
    private static final Logger log = LoggerFactory.getLogger(WebErrors.class);

    /** A form or query value of the wrong type (a page number that is not a number, say). */
    @ExceptionHandler({BindException.class, TypeMismatchException.class, ServletRequestBindingException.class})
    String unreadable(Exception e, Model model, HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("status", 400);
        model.addAttribute("message", "Part of that request could not be read; go back and check the form.");
        return "error-page";
    }

    @ExceptionHandler(KithException.class)
    String kith(KithException e, Model model, HttpServletResponse response) {
        int status = switch (e) {
            case NotFoundException n -> 404;
            case InvalidInputException i -> 400;
            case ConflictException c -> 409;
            default -> 400;
        };
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("message", status == 404 ? "There is nothing here, or it belongs to someone else."
                : e.getMessage());
        return "error-page";
    }

    /** The database refused (full disk, read-only folder, a lock held elsewhere): say so, in words. */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    String storage(Exception e, Model model, HttpServletResponse response) {
        Optional<String> trouble = StorageTrouble.explain(e);
        if (trouble.isPresent()) {
            log.warn("A page could not be served: {}", trouble.get());
        } else {
            log.error("A page could not be served", e);
        }
        int status = trouble.isPresent() ? 503 : 500;
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("message", trouble.map(m -> "Kith cannot use its database: " + m)
                .orElse("Something went wrong on the server; nothing was changed."));
        return "error-page";
    }
}
