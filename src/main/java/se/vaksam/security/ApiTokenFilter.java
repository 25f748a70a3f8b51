package se.vaksam.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API requests that carry a personal token: {@code Authorization: Bearer vks_…}. */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final AccountUserDetailsService accounts;

    ApiTokenFilter(ApiTokens tokens, AccountUserDetailsService accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("Bearer " + ApiTokens.PREFIX)) {
            Optional<String> username = tokens.authenticate(header.substring("Bearer ".length()).strip());
            if (username.isPresent()) {
                var authorities = accounts.authoritiesOf(username.get());
                var auth = UsernamePasswordAuthenticationToken.authenticated(username.get(), null, authorities);
                SecurityContextHolder.getContext().setAuthentication(auth);
            }
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
