package app.kith.web;

import app.kith.shared.ConflictException;
import app.kith.shared.InvalidInputException;
import app.kith.shared.KithException;
import app.kith.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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
}
