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
import org.springframework.web.ErrorResponse;
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
        return respond(HttpStatus.FORBIDDEN, e.getMessage(), e.arguments(), request);
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

    /** Spring MVC's and Spring Security's own refusals: no such address, wrong method, not signed in. */
    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class,
            HttpRequestMethodNotSupportedException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class, AuthenticationException.class, AccessDeniedException.class})
    Object refused(Exception e, HttpServletRequest request) {
        HttpStatus status = statusOf(e);
        return respond(status, "error.detail." + status.value(), new Object[0], request);
    }

    private static HttpStatus statusOf(Exception e) {
        if (e instanceof AuthenticationException) {
            return HttpStatus.UNAUTHORIZED;
        }
        if (e instanceof AccessDeniedException) {
            return HttpStatus.FORBIDDEN;
        }
        if (e instanceof ErrorResponse response) {
            return HttpStatus.valueOf(response.getStatusCode().value());
        }
        return HttpStatus.BAD_REQUEST;
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
