package se.vaksam.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Turns a verified OIDC bearer JWT into a Vaksam person's authentication, or refuses it (401). */
class OidcJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final OidcIdentities identities;

    OidcJwtConverter(OidcIdentities identities) {
        this.identities = identities;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String username;
        try {
            username = identities.usernameOf(jwt.getClaims());
        } catch (OAuth2AuthenticationException e) {
            throw new InvalidBearerTokenException(e.getError().getDescription(), e);
        }
        return new JwtAuthenticationToken(jwt, identities.authoritiesOf(username, jwt.getClaims()), username);
    }
}
