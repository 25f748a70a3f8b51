package se.vaksam.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.WebUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the JSON body of an API request as it is read, so that a value the database finds too
 * long for its column can be traced back to the field that held it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiRequestBodies extends OncePerRequestFilter {

    private static final int LIMIT = 2 * 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || type == null || !type.toLowerCase().contains("json");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new ContentCachingRequestWrapper(request, LIMIT), response);
    }

    /** JSON pointers of the request body's strings longer than {@code maxLength}; empty when unknown. */
    static List<String> longerThan(HttpServletRequest request, int maxLength) {
        ContentCachingRequestWrapper cached = WebUtils.getNativeRequest(request, ContentCachingRequestWrapper.class);
        if (cached == null || cached.getContentAsByteArray().length == 0) {
            return List.of();
        }
        try {
            List<String> found = new ArrayList<>();
            collect(JSON.readTree(cached.getContentAsByteArray()), "", maxLength, found);
            return found;
        } catch (JacksonException e) {
            return List.of();
        }
    }

    private static void collect(JsonNode node, String pointer, int maxLength, List<String> found) {
        if (node.isString() && node.stringValue().length() > maxLength) {
            found.add(pointer.isEmpty() ? "/" : pointer);
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                collect(property.getValue(), pointer + "/" + property.getKey().replace("~", "~0").replace("/", "~1"),
                        maxLength, found);
            }
        } else if (node.isArray()) {
            int index = 0;
            for (JsonNode element : node.values()) {
                collect(element, pointer + "/" + index++, maxLength, found);
            }
        }
    }
}
