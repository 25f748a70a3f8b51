package se.vaksam.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import se.vaksam.shared.Capability;

/**
 * The URL rules are a first, coarse fence drawn from the same {@link AuthorisationModel} the
 * {@link AuthorisationInterceptor} asks for each handler. Two chains: the REST API under {@code /api/} is stateless and takes bearer tokens (personal
 * {@code vks_} tokens, and OIDC JWTs when an issuer is configured); the pages use a session
 * with form login (and OIDC login when a client registration exists), CSRF on every form.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String LOGGED_OUT = "/login?logout";

    static final String[] ACCESS_LOG_ROLES = AuthorisationModel.roleNames(Capability.READ_ACCESS_LOG);
    private static final String[] SYSTEM_ROLES = AuthorisationModel.roleNames(Capability.ADMINISTER_SYSTEM);

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Knows the signed-in sessions, so that disabling an account ends them ({@link SignedInSessions}). */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when sessions end. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * A request the firewall refuses (e.g. "//" or an encoded ".." in the path) is answered like every other bad
     * request: problem details on the API, the error page elsewhere.
     */
    @Bean
    static RequestRejectedHandler requestRejectedHandler(
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        return (request, response, ex) -> {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                problems.resolveException(request, response, null, ex);
            } else {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            }
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, AccountUserDetailsService accounts,
            ObjectProvider<JwtDecoder> jwtDecoder, OidcIdentities identities,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) throws Exception {
        // 401 and 403 as problem details, written by the same advice as every other API error.
        AuthenticationEntryPoint unauthenticated = (request, response, ex) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            problems.resolveException(request, response, null, ex);
        };
        AccessDeniedHandler denied = (request, response, ex) -> problems.resolveException(request, response, null, ex);
        http.securityMatcher("/api/**")
                .addFilterBefore(new ApiTokenFilter(tokens, accounts), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/access-log/**").hasAnyRole(ACCESS_LOG_ROLES)
                        .requestMatchers("/api/v1/public/**").permitAll()
                        .anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        ResponseHeaders.apply(http, List.of());
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        if (decoder != null) {
            http.oauth2ResourceServer(rs -> rs
                    .bearerTokenResolver(jwtOnly())
                    .authenticationEntryPoint(unauthenticated)
                    .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(new OidcJwtConverter(identities))));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> registrations,
            OidcIdentities identities, SessionRegistry sessions) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**",
                                "/favicon.ico", "/actuator/health/**", "/e-tjanst/**", "/enkat/**").permitAll()
                        .requestMatchers("/admin/access-log/**").hasAnyRole(ACCESS_LOG_ROLES)
                        .requestMatchers("/admin/**").hasAnyRole(SYSTEM_ROLES)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .requestCache(cache -> cache.requestCache(pagesOnly()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginEntryPoint()))
                .sessionManagement(s -> s.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login?expired"))
                .logout(logout -> logout.logoutSuccessUrl(LOGGED_OUT).deleteCookies("JSESSIONID").permitAll());
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        ResponseHeaders.apply(http, ResponseHeaders.identityProviders(repository));
        if (repository != null) {
            http.logout(logout -> logout.logoutSuccessHandler(oidcLogout(repository)));
            http.oauth2Login(oidc -> oidc
                    .loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new OidcLoginUserService(identities)))
                    .failureHandler(oidcFailure()));
        }
        return http.build();
    }

    /**
     * RP-initiated logout: a person who signed in with OIDC is also signed out at the identity
     * provider (when it announces an end-session endpoint), which sends them back to the login
     * page; everyone else goes straight there.
     */
    private static LogoutSuccessHandler oidcLogout(ClientRegistrationRepository repository) {
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(repository);
        handler.setPostLogoutRedirectUri("{baseUrl}" + LOGGED_OUT);
        handler.setDefaultTargetUrl(LOGGED_OUT);
        return handler;
    }

    /** Personal {@code vks_} tokens are left to {@link ApiTokenFilter}; every other bearer is a JWT. */
    private static BearerTokenResolver jwtOnly() {
        DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();
        return (HttpServletRequest request) -> {
            String token = standard.resolve(request);
            return token == null || token.startsWith(ApiTokens.PREFIX) ? null : token;
        };
    }

    private static AuthenticationFailureHandler oidcFailure() {
        return (request, response, exception) -> {
            boolean unknown = exception instanceof OAuth2AuthenticationException oauth
                    && OidcIdentities.UNKNOWN_PERSON.equals(oauth.getError().getErrorCode());
            response.sendRedirect(request.getContextPath() + (unknown ? "/login?unknownPerson" : "/login?oidcError"));
        };
    }

    /**
     * After login, return only to a page the person asked for: never to a stylesheet, script,
     * font or a background htmx request that happened to trigger the login.
     */
    private static HttpSessionRequestCache pagesOnly() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod())
                && request.getHeader("HX-Request") == null
                && request.getHeader("Accept") != null && request.getHeader("Accept").contains("text/html")
                && !request.getRequestURI().matches(".*\\.(css|js|woff2?|png|svg|ico|map)$"));
        return cache;
    }
}
