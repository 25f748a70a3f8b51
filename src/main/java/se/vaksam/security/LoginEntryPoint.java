package se.vaksam.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends a person who is not signed in to the login page, and says so when it is because their
 * session timed out ({@code server.servlet.session.timeout}): the browser still sends the id of
 * a session the server no longer has. Logout deletes the cookie, so it does not look expired.
 */
class LoginEntryPoint extends LoginUrlAuthenticationEntryPoint {

    LoginEntryPoint() {
        super("/login");
    }

    @Override
    protected String determineUrlToUseForThisRequest(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) {
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        return expired ? "/login?expired" : "/login";
    }
}
