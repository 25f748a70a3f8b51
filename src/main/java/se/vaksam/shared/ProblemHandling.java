package se.vaksam.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns errors into RFC 9457 problem details on the API and a friendly Swedish page in the
 * UI. Messages come from the bundles; a domain exception's message is the key. Ordered before
 * Boot's own problem-details advice (order 0), so that a person who mistypes an address gets
 * the error page rather than JSON. The API's security chain hands its 401 and 403 here too.
 */
@ControllerAdvice
@Order(-1)
class ProblemHandling {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final List<PageFrame> frames;

    ProblemHandling(MessageSource messages, LocaleResolver locales, List<PageFrame> frames) {
        this.messages = messages;
        this.locales = locales;
        this.frames = frames;
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

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    Object noSuchAddress(Exception e, HttpServletRequest request) {
        return respond(HttpStatus.NOT_FOUND, "error.detail.404", new Object[0], request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object methodNotAllowed(Exception e, HttpServletRequest request) {
        return respond(HttpStatus.METHOD_NOT_ALLOWED, "error.detail.405", new Object[0], request);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    Object malformed(Exception e, HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "error.detail.400", new Object[0], request);
    }

    @ExceptionHandler(AuthenticationException.class)
    Object unauthenticated(AuthenticationException e, HttpServletRequest request) {
        return respond(HttpStatus.UNAUTHORIZED, "error.detail.401", new Object[0], request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object accessDenied(AccessDeniedException e, HttpServletRequest request) {
        return respond(HttpStatus.FORBIDDEN, "error.forbidden", new Object[0], request);
    }

    private Object respond(HttpStatus status, String key, Object[] args, HttpServletRequest request) {
        Locale locale = locales.resolveLocale(request);
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
        frames.forEach(frame -> view.addAllObjects(frame.attributes(request)));
        return view;
    }
}
