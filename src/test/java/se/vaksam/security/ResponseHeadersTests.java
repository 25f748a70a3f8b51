package se.vaksam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/**
 * With OIDC sign-in, forms may also lead to the identity provider: signing out POSTs a form whose answer
 * redirects to the provider's end-session endpoint, which a browser checks against form-action.
 */
class ResponseHeadersTests {

    @Test
    void formsMayLeadToTheIdentityProviderWhenOneIsConfigured() {
        ClientRegistration keycloak = ClientRegistration.withRegistrationId("keycloak")
                .clientId("vaksam").authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri("https://sso.malmo.example:8443/realms/vaksam/protocol/openid-connect/auth")
                .tokenUri("https://sso.malmo.example:8443/realms/vaksam/protocol/openid-connect/token")
                .issuerUri("https://sso.malmo.example:8443/realms/vaksam")
                .providerConfigurationMetadata(Map.of("end_session_endpoint",
                        "https://logout.malmo.example/realms/vaksam/protocol/openid-connect/logout"))
                .build();
        List<String> providers = ResponseHeaders.identityProviders(new InMemoryClientRegistrationRepository(keycloak));
        assertThat(providers).containsExactly("https://sso.malmo.example:8443", "https://logout.malmo.example");
        assertThat(ResponseHeaders.policy(providers))
                .contains("form-action 'self' https://sso.malmo.example:8443 https://logout.malmo.example")
                .contains("script-src 'self';");
    }

    @Test
    void withoutOidcFormsLeadOnlyToVaksam() {
        assertThat(ResponseHeaders.identityProviders(null)).isEmpty();
        assertThat(ResponseHeaders.policy(List.of())).endsWith("form-action 'self'");
    }
}
