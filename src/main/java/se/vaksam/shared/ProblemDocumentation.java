package se.vaksam.shared;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * States in the OpenAPI document the refusals {@link ProblemHandling} answers: one {@code Problem}
 * schema (RFC 9457 with Vaksam's machine-readable fields) and, per operation, only the statuses
 * that operation can answer: 400 when it takes parameters or a body; 401 and 403 unless it is
 * public (then 406, which any operation can answer); 404 when its path names a record; 409 when it
 * writes; 422 when it writes or takes query parameters or a year (a rule or one of {@link Bounds});
 * 413 when it takes a file; 415 when it takes a body. It also says what Jackson does: a property
 * not listed as required may be null.
 */
@Configuration(proxyBeanMethods = false)
class ProblemDocumentation {

    static final String SCHEMA = "Problem";
    private static final String REF = "#/components/schemas/" + SCHEMA;
    private static final String PUBLIC = "/api/v1/public/";

    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            components(api).addSchemas(SCHEMA, problemSchema());
            if (api.getComponents().getSchemas() != null) {
                api.getComponents().getSchemas().values().forEach(ProblemDocumentation::nullable);
            }
            api.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> document(path, method, operation)));
        };
    }

    /** Properties not required may be null: Jackson writes a null record component as null. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void nullable(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = Objects.requireNonNullElse(schema.getRequired(), List.of());
        Map<String, Schema> properties = (Map) schema.getProperties();
        properties.replaceAll((name, property) -> {
            if (required.contains(name) || Boolean.TRUE.equals(property.getNullable())) {
                return property;
            }
            if (property.get$ref() != null) {
                // OpenAPI 3.0 cannot mark a $ref nullable: the object, or null.
                return new Schema<>().anyOf(List.of(new Schema<>().$ref(property.get$ref()),
                        new Schema<>().type("object").nullable(true).maxProperties(0).description("null")));
            }
            if (property.getEnum() != null && !property.getEnum().contains(null)) {
                ((List<Object>) property.getEnum()).add(null);
            }
            return property.nullable(true);
        });
    }

    private static Components components(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        return api.getComponents();
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        List<Parameter> parameters = Objects.requireNonNullElse(operation.getParameters(), List.of());
        boolean body = operation.getRequestBody() != null;
        boolean writes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean file = body && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().containsKey("multipart/form-data");
        if (body || !parameters.isEmpty()) {
            add(operation, 400, "Felaktig begäran: JSON som inte går att läsa, fel typ, okänt fält eller värde");
        }
        if (!path.startsWith(PUBLIC)) {
            add(operation, 401, "Inte inloggad: token saknas, är ogiltig eller har gått ut");
            add(operation, 403, "Saknar behörighet för åtgärden eller posten");
        } else {
            // Any operation can; for a public one it may be the only refusal there is.
            add(operation, 406, "Kan inte svara i den form Accept begär");
        }
        if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
            add(operation, 404, "Posten finns inte eller syns inte för dig");
        }
        if (writes) {
            add(operation, 409, "Konflikt: posten har ändrats sedan den lästes (version) eller finns redan");
        }
        if (writes || parameters.stream().anyMatch(p -> "query".equals(p.getIn()) || "year".equals(p.getName()))) {
            add(operation, 422, "Går inte att utföra: en regel, en gräns (år, period, antal) eller ett värde som inte "
                    + "passar");
        }
        if (file) {
            add(operation, 413, "Filen är för stor");
        }
        if (body) {
            add(operation, 415, "Fel innehållstyp");
        }
    }

    private static void add(Operation operation, int status, String description) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        operation.getResponses().putIfAbsent(String.valueOf(status), new ApiResponse().description(description)
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref(REF)))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = new java.util.LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri")
                .description("The kind of problem, stable for programs: urn:vaksam:problem:<kind>"));
        properties.put("title", new StringSchema().description("The status in Swedish words"));
        properties.put("status", new IntegerSchema().description("The HTTP status"));
        properties.put("detail", new StringSchema().description("What is wrong, in Swedish, for a person"));
        properties.put("instance", new StringSchema().format("uri").description("The address asked for"));
        properties.put("messageKey", new StringSchema().description("The key of the detail in Vaksam's message bundles"));
        properties.put("field", new StringSchema().description("JSON pointer of the refused field of the body"));
        properties.put("parameter", new StringSchema().description("The refused parameter or multipart part"));
        properties.put("allowedValues", new ArraySchema().items(new StringSchema())
                .description("The values the field or parameter accepts"));
        properties.put("allowedFields", new ArraySchema().items(new StringSchema())
                .description("The fields the body accepts"));
        properties.put("expectedType", new StringSchema().description("The type the field or parameter expects"));
        properties.put("maxLength", new IntegerSchema().description("The longest text the field accepts"));
        properties.put("line", new IntegerSchema().description("Line of malformed JSON"));
        properties.put("column", new IntegerSchema().description("Column of malformed JSON"));
        properties.put("sentVersion", new IntegerSchema().description("The stale version the request sent"));
        properties.put("currentVersion", new IntegerSchema().description("The version the record has now"));
        properties.put("supportedMediaTypes", new ArraySchema().items(new StringSchema())
                .description("The content types the operation accepts"));
        properties.put("problems", new ArraySchema().items(new StringSchema())
                .description("Every problem found in an uploaded file, one line each"));
        ObjectSchema schema = new ObjectSchema();
        schema.description("RFC 9457 problem detail with Vaksam's machine-readable fields");
        schema.setProperties(properties);
        schema.setRequired(List.of("type", "title", "status", "detail"));
        return schema;
    }
}
