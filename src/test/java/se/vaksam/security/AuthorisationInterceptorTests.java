package se.vaksam.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;

import se.vaksam.shared.AccessScope;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Authorisation;
import se.vaksam.shared.Capability;
import se.vaksam.shared.ForbiddenException;

/** The interceptor in front of every handler: deny by default, then the roles decide. */
class AuthorisationInterceptorTests {

    private static final AccessScope AUDITOR = AuthorisationModelTests.scope(false, Role.AUDITOR);
    private static final AccessScope UNIT_HEAD = AuthorisationModelTests.scope(false, Role.UNIT_HEAD);

    @Allowed(Capability.SIGNED_IN)
    static class RiskController {

        String list() {
            return "list";
        }

        @Allowed(Capability.CHANGE_RECORDS)
        String create() {
            return "created";
        }
    }

    static class ForgottenController {

        String anything() {
            return "anything";
        }
    }

    @Test
    void aHandlerThatDeclaresNoCapabilityIsRefusedEvenToTheAdministrator() {
        AccessScope admin = AuthorisationModelTests.scope(true, Role.SYSTEM_ADMINISTRATOR);
        assertThatThrownBy(() -> handle(admin, new ForgottenController(), "anything"))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aPersonWhoseRolesLackTheCapabilityIsRefused() {
        assertThatThrownBy(() -> handle(AUDITOR, new RiskController(), "create")).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aPersonWhoseRolesHoldTheCapabilityPasses() throws Exception {
        assertThat(handle(UNIT_HEAD, new RiskController(), "create")).isTrue();
    }

    @Test
    void theMethodsDeclarationOverridesItsControllers() throws Exception {
        assertThat(AuthorisationInterceptor.declared(handler(new RiskController(), "create")))
                .contains(Capability.CHANGE_RECORDS);
        assertThat(AuthorisationInterceptor.declared(handler(new RiskController(), "list")))
                .contains(Capability.SIGNED_IN);
        assertThat(handle(AUDITOR, new RiskController(), "list")).isTrue();
    }

    private static boolean handle(AccessScope scope, Object controller, String method) throws Exception {
        Authorisation roles = capability -> AuthorisationModel.permits(true, scope, capability);
        return new AuthorisationInterceptor(roles).preHandle(new MockHttpServletRequest(),
                new MockHttpServletResponse(), handler(controller, method));
    }

    private static HandlerMethod handler(Object controller, String method) throws NoSuchMethodException {
        return new HandlerMethod(controller, controller.getClass().getDeclaredMethod(method));
    }
}
