package se.vaksam.shared;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document says of the API as a whole: its name, that it answers at the
 * application's own address, and that every operation outside {@code /api/v1/public/} needs a
 * bearer token (a personal API token or an OIDC access token). The document is the API's
 * contract: the HTTP tests validate against it and Redocly CLI lints it in the build.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BEARER = "bearerToken";
    private static final String PUBLIC = "/api/v1/public/";

    @Bean
    OpenApiCustomizer apiAsAWhole() {
        return api -> {
            api.info(new Info().title("Vaksam API").version("v1")
                    .description("Internkontroll och kvalitetsledning för socialtjänsten. Fel är problem details "
                            + "(RFC 9457) med ett svenskt meddelande och maskinläsbara fält."));
            api.servers(List.of(new Server().url("/").description("Samma adress som Vaksams webbgränssnitt")));
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                    .scheme("bearer").description("Ett personligt API-token (Mitt konto) eller en OIDC-åtkomsttoken"));
            api.security(List.of(new SecurityRequirement().addList(BEARER)));
            if (api.getPaths() != null) {
                api.getPaths().forEach((path, item) -> {
                    if (path.startsWith(PUBLIC)) {
                        item.readOperations().forEach(operation -> operation.setSecurity(List.of()));
                    }
                });
            }
        };
    }
}
