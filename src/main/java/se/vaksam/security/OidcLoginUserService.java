package se.vaksam.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Loads the OIDC user as usual, then makes it a Vaksam person with Vaksam's authorities. */
class OidcLoginUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final OidcIdentities identities;

    OidcLoginUserService(OidcIdentities identities) {
        this.identities = identities;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = delegate.loadUser(request);
        String username = identities.usernameOf(user.getClaims());
        return new DefaultOidcUser(identities.authoritiesOf(username, user.getClaims()), user.getIdToken(),
                user.getUserInfo(), identities.usernameClaim());
    }
}
