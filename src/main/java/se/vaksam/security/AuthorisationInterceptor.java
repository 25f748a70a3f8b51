package se.vaksam.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Optional;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import se.vaksam.shared.Authorisation;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;
import se.vaksam.shared.ForbiddenException;

/**
 * Asks the authorisation model before every page and API operation: a handler method runs only if it declares
 * the capability it needs ({@link Allowed} on the method, else on its controller) and the person's roles hold
 * it. A Vaksam handler that declares nothing is refused (deny by default); the refusal is the ordinary 403
 * (a problem detail under {@code /api}, the error page otherwise). Handlers of the frameworks (Spring Boot's
 * error page, springdoc's OpenAPI document) are left to the URL rules of {@link SecurityConfiguration}.
 */
class AuthorisationInterceptor implements HandlerInterceptor {

    private static final String OWN_CODE = "se.vaksam.";

    private final Authorisation authorisation;

    AuthorisationInterceptor(Authorisation authorisation) {
        this.authorisation = authorisation;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && ownCode(method)) {
            Capability needed = declared(method).orElseThrow(ForbiddenException::new);
            if (!authorisation.permits(needed)) {
                throw new ForbiddenException();
            }
        }
        return true;
    }

    /** The capability the handler declares: the method's, else its controller's. */
    static Optional<Capability> declared(HandlerMethod method) {
        Allowed allowed = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), Allowed.class);
        if (allowed == null) {
            allowed = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), Allowed.class);
        }
        return Optional.ofNullable(allowed).map(Allowed::value);
    }

    /** Whether the handler is Vaksam's own (and so must declare its capability). */
    static boolean ownCode(HandlerMethod method) {
        return method.getBeanType().getName().startsWith(OWN_CODE);
    }
}
