package se.vaksam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import se.vaksam.VaksamTest;
import se.vaksam.shared.Capability;
import se.vaksam.support.WebClient;

/**
 * "An operation without a declared rule fails the build": every page and API operation of Vaksam declares the
 * capability it needs, and docs/security.md shows the table the code enforces.
 */
@VaksamTest
class DeclaredRulesTests {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyPageAndApiOperationDeclaresTheCapabilityItNeeds() {
        Map<RequestMappingInfo, HandlerMethod> handlers = mappings.getHandlerMethods();
        List<String> undeclared = handlers.entrySet().stream()
                .filter(e -> AuthorisationInterceptor.ownCode(e.getValue()))
                .filter(e -> AuthorisationInterceptor.declared(e.getValue()).isEmpty())
                .map(e -> e.getValue().getBeanType().getSimpleName() + "." + e.getValue().getMethod().getName()
                        + " " + e.getKey())
                .toList();
        assertThat(handlers.values().stream().filter(AuthorisationInterceptor::ownCode)).hasSizeGreaterThan(300);
        assertThat(undeclared).as("handlers without @Allowed").isEmpty();
    }

    @Test
    void onlyTheLoginTheStylesheetThePublicEServiceAndTheSurveyAnswerFormAreOpenWithoutSignIn() {
        List<String> open = mappings.getHandlerMethods().values().stream()
                .filter(AuthorisationInterceptor::ownCode)
                .filter(h -> AuthorisationInterceptor.declared(h).orElse(null) == Capability.PUBLIC)
                .map(h -> h.getBeanType().getSimpleName()).distinct().sorted().toList();
        assertThat(open).containsExactly("AnswerPages", "GovukStylesheet", "LoginController", "PublicComplaintApi",
                "PublicComplaintPages");
    }

    @Test
    void theOpenApiDocumentNamesEveryOperationsCapability() {
        WebClient admin = new WebClient(port);
        admin.login("admin", "vaksam");
        String document = admin.get("/v3/api-docs").body();
        int operations = count(document, "\"operationId\"");
        assertThat(operations).isGreaterThan(100);
        assertThat(count(document, "\"" + AuthorisationConfiguration.CAPABILITY_EXTENSION + "\"")).isEqualTo(operations);
        assertThat(document).contains("\"" + AuthorisationConfiguration.CAPABILITY_EXTENSION + "\":\"CHANGE_RECORDS\"");
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void theSecurityDocumentShowsTheTableTheCodeEnforces() throws IOException {
        String doc = Files.readString(Path.of("docs/security.md"));
        assertThat(doc).contains(CapabilityTable.markdown());
    }
}
