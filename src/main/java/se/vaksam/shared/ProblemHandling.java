package se.vaksam.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Turns the domain's exceptions into RFC 9457 problem details on the API and a friendly
 * Swedish page in the UI. Messages come from the bundles; the exception message is the key.
 */
@ControllerAdvice
class ProblemHandling {

    private final MessageSource messages;

    ProblemHandling(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ForbiddenException.class)
    Object forbidden(ForbiddenException e, HttpServletRequest request) {
        return respond(HttpStatus.FORBIDDEN, e.getMessage(), new Object[0], request);
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request) {
        return respond(HttpStatus.NOT_FOUND, e.getMessage(), new Object[0], request);
    }

    @ExceptionHandler(DomainException.class)
    Object domain(DomainException e, HttpServletRequest request) {
        return respond(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage(), e.arguments(), request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    Object conflict(RuntimeException e, HttpServletRequest request) {
        return respond(HttpStatus.CONFLICT, "error.conflict", new Object[0], request);
    }

    private Object respond(HttpStatus status, String key, Object[] args, HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        String text = messages.getMessage(key, args, key, locale);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text);
            problem.setTitle(messages.getMessage("error.title." + status.value(), null, status.getReasonPhrase(), locale));
            problem.setProperty("messageKey", key);
            return ResponseEntity.status(status).body(problem);
        }
        ModelAndView view = new ModelAndView("error", status);
        view.addObject("status", status.value());
        view.addObject("detail", text);
        return view;
    }
}
