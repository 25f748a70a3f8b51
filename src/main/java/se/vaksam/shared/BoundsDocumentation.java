package se.vaksam.shared;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * States the {@link Bounds} in the OpenAPI document: every {@code year} parameter of the API lies
 * between {@link Bounds#FIRST_YEAR} and {@link Bounds#LAST_YEAR}.
 */
@Configuration(proxyBeanMethods = false)
class BoundsDocumentation {

    @Bean
    OpenApiCustomizer yearBounds() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().values().stream().map(PathItem::readOperations).flatMap(java.util.List::stream)
                    .map(Operation::getParameters).filter(java.util.Objects::nonNull).flatMap(java.util.List::stream)
                    .filter(p -> "year".equals(p.getName()) && p.getSchema() != null)
                    .forEach(BoundsDocumentation::bound);
        };
    }

    private static void bound(Parameter year) {
        year.getSchema().setMinimum(BigDecimal.valueOf(Bounds.FIRST_YEAR));
        year.getSchema().setMaximum(BigDecimal.valueOf(Bounds.LAST_YEAR));
    }
}
