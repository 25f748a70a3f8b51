package se.vaksam.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns errors into RFC 9457 problem details on the API and a friendly Swedish page in the
 * UI. Messages come from the bundles; a domain exception's message is the key. Ordered before
 * Boot's own problem-details advice (order 0), so that a person who mistypes an address gets
 * the error page rather than JSON. The API's security chain hands its 401 and 403 here too.
 * On the API every refusal has a {@code type} URI per kind of problem ({@link ProblemTypes}),
 * a Swedish {@code detail} for a person, and fields for a program (the JSON pointer of the
 * field, the allowed values, the maximum length); see {@link RequestProblems}.
 */
@ControllerAdvice
@Order(-1)
class ProblemHandling {

    private static final Map<Integer, String> KINDS = Map.of(401, "unauthorized", 403, "forbidden",
            404, "not-found", 405, "method-not-allowed", 406, "not-acceptable");

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
        return respond(Problem.of(HttpStatus.FORBIDDEN, "forbidden", e.getMessage(), e.arguments()), request);
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request) {
        return respond(Problem.of(HttpStatus.NOT_FOUND, "not-found", e.getMessage()), request);
    }

    @ExceptionHandler(DomainException.class)
    Object domain(DomainException e, HttpServletRequest request) {
        return respond(Problem.of(HttpStatus.UNPROCESSABLE_ENTITY, "rule", e.getMessage(), e.arguments()), request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    Object conflict(RuntimeException e, HttpServletRequest request) {
        if (!isApi(request)) {
            return respond(Problem.of(HttpStatus.CONFLICT, "stale-version", "error.conflict"), request);
        }
        if (e instanceof StaleVersionException stale && stale.currentVersion() != null) {
            return respond(Problem.of(HttpStatus.CONFLICT, "stale-version", "error.problem.staleVersionNow",
                    stale.seenVersion(), stale.currentVersion()).with("sentVersion", stale.seenVersion())
                    .with("currentVersion", stale.currentVersion()), request);
        }
        if (e instanceof StaleVersionException stale) {
            return respond(Problem.of(HttpStatus.CONFLICT, "stale-version", "error.problem.staleVersion",
                    stale.seenVersion()).with("sentVersion", stale.seenVersion()), request);
        }
        return respond(Problem.of(HttpStatus.CONFLICT, "stale-version", "error.problem.conflict"), request);
    }

    /** JSON that does not parse or does not fit the request: says where and what was expected. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return respond(RequestProblems.unreadable(e), request);
    }

    @ExceptionHandler(Required.Missing.class)
    Object missing(Required.Missing e, HttpServletRequest request) {
        return respond(RequestProblems.missing(e), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object parameterType(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return respond(RequestProblems.parameterType(e), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return respond(RequestProblems.missingParameter(e), request);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    Object missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return respond(RequestProblems.missingPart(e), request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return respond(RequestProblems.tooLarge(e), request);
    }

    @ExceptionHandler(MultipartException.class)
    Object multipart(MultipartException e, HttpServletRequest request) {
        return respond(RequestProblems.multipart(), request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return respond(RequestProblems.mediaType(e), request);
    }

    /** A value the database refused (too long for its column, NUL, a reference to nothing) is the request's fault. */
    @ExceptionHandler(DataAccessException.class)
    Object database(DataAccessException e, HttpServletRequest request) {
        Problem problem = RequestProblems.database(e);
        if (problem == null) {
            throw e;
        }
        if (problem.properties().get("maxLength") instanceof Integer max) {
            List<String> fields = ApiRequestBodies.longerThan(request, max);
            if (!fields.isEmpty()) {
                problem = Problem.of(problem.status(), problem.kind(), "error.problem.tooLongField", fields.get(0),
                        max).with("field", fields.get(0)).with("maxLength", max);
            }
        }
        return respond(problem, request);
    }

    /**
     * An address the security firewall refuses to read (an empty segment "//", an encoded "..", a semicolon …):
     * the request's fault, 400 with the reason in Swedish.
     */
    @ExceptionHandler(RequestRejectedException.class)
    Object rejected(RequestRejectedException e, HttpServletRequest request) {
        return respond(Problem.of(HttpStatus.BAD_REQUEST, "bad-request", "error.problem.rejectedPath"), request);
    }

    /** Spring MVC's and Spring Security's own refusals: no such address, wrong method, not signed in. */
    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class,
            HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotAcceptableException.class,
            ServletRequestBindingException.class, AuthenticationException.class, AccessDeniedException.class})
    Object refused(Exception e, HttpServletRequest request) {
        HttpStatus status = statusOf(e);
        String key = status == HttpStatus.NOT_FOUND && isApi(request) ? "error.api.detail.404"
                : "error.detail." + status.value();
        return respond(Problem.of(status, KINDS.getOrDefault(status.value(), "bad-request"), key), request);
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

    private Object respond(Problem problem, HttpServletRequest request) {
        Locale locale = locales.resolveLocale(request);
        HttpStatus status = problem.status();
        Object[] arguments = Arrays.stream(problem.arguments())
                .map(argument -> argument instanceof RequestProblems.KeyedText text
                        ? messages.getMessage(text.key(), null, text.key(), locale) : argument)
                .toArray();
        String text = messages.getMessage(problem.key(), arguments, problem.key(), locale);
        if (isApi(request)) {
            ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, text);
            detail.setType(ProblemTypes.of(problem.kind()));
            String title = "error.api.title." + status.value();
            detail.setTitle(messages.getMessage(title, null,
                    messages.getMessage("error.title." + status.value(), null, status.getReasonPhrase(), locale), locale));
            detail.setProperty("messageKey", problem.key());
            problem.properties().forEach(detail::setProperty);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
        }
        ModelAndView view = new ModelAndView("error", status);
        view.addObject("status", status.value());
        view.addObject("detail", text);
        frames.forEach(frame -> view.addAllObjects(frame.attributes(request)));
        return view;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
