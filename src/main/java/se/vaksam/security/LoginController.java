package se.vaksam.security;

import java.util.List;
import java.util.stream.StreamSupport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** The login page: local accounts, and a link per configured OIDC provider. */
@Allowed(Capability.PUBLIC)
@Controller
class LoginController {

    private final List<OidcLogin> oidcLogins;

    LoginController(ObjectProvider<ClientRegistrationRepository> registrations) {
        this.oidcLogins = registrations.stream()
                .filter(Iterable.class::isInstance)
                .flatMap(repository -> StreamSupport.stream(((Iterable<?>) repository).spliterator(), false))
                .map(ClientRegistration.class::cast)
                .map(registration -> new OidcLogin(registration.getRegistrationId(), registration.getClientName()))
                .toList();
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("oidcLogins", oidcLogins);
        return "login";
    }

    record OidcLogin(String id, String name) {
    }
}
