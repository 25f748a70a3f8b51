package se.vaksam.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.vaksam.VaksamTest;
import se.vaksam.support.ApiContract;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each schema of the OpenAPI document describes one Java type. springdoc names a schema after
 * the type's simple name, and two types with one simple name silently share the first one's
 * schema (as the checklist's answer once described the yttrande's, and a client following it
 * overwrote three answers with null). This test collects every type the API's handlers read or
 * write, names it the way springdoc does, and fails when two types get one name.
 */
@VaksamTest
class SchemaNamesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Test
    void noTwoTypesOfTheApiShareASchemaName() {
        Set<Class<?>> types = apiTypes();
        Map<String, Set<String>> byName = new TreeMap<>();
        types.forEach(type -> byName.computeIfAbsent(schemaName(type), n -> new TreeSet<>()).add(type.getName()));

        Map<String, Set<String>> shared = byName.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        assertThat(types).hasSizeGreaterThan(50);
        assertThat(shared).as("schema names shared by different Java types (give one a @Schema(name = …))").isEmpty();
    }

    @Test
    void everyTypeOfTheApiHasItsOwnSchemaInTheDocument() {
        JsonNode schemas = JSON.readTree(ApiContract.of(port).document()).path("components").path("schemas");
        Set<String> missing = apiTypes().stream().map(SchemaNamesTests::schemaName)
                .filter(name -> !schemas.has(name)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(missing).as("types the handlers use whose schema name is not in the document").isEmpty();
    }

    /** The schema name springdoc gives a type: its @Schema name, else its simple name. */
    static String schemaName(Class<?> type) {
        Schema schema = type.getAnnotation(Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
    }

    /** Vaksam's records and classes (not enums, which are inlined) that the API's handlers take as a body or return. */
    private Set<Class<?>> apiTypes() {
        Set<Class<?>> found = new LinkedHashSet<>();
        handlers.getHandlerMethods().forEach((mapping, handler) -> {
            if (mapping.getPatternValues().stream().noneMatch(p -> p.startsWith("/api/"))) {
                return;
            }
            collect(handler.getReturnType().getGenericParameterType(), found);
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    collect(parameter.getGenericParameterType(), found);
                }
            }
        });
        return found;
    }

    private static void collect(Type type, Set<Class<?>> found) {
        if (type instanceof ParameterizedType parameterized) {
            collect(parameterized.getRawType(), found);
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, found);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                collect(bound, found);
            }
        } else if (type instanceof Class<?> cls) {
            if (cls.isArray()) {
                collect(cls.getComponentType(), found);
                return;
            }
            if (!cls.getName().startsWith("se.vaksam.") || cls.isEnum() || !found.add(cls)) {
                return;
            }
            if (cls.isRecord()) {
                for (RecordComponent component : cls.getRecordComponents()) {
                    collect(component.getGenericType(), found);
                }
            } else {
                for (Field field : cls.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        collect(field.getGenericType(), found);
                    }
                }
            }
        } else if (!(type instanceof TypeVariable<?>)) {
            throw new IllegalStateException("Unexpected type " + type);
        }
    }
}
