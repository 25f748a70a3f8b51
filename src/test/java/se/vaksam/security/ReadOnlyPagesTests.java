package se.vaksam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import se.vaksam.VaksamTest;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.Capability;
import se.vaksam.support.WebClient;

/**
 * "A read-only role sees no form or button it cannot use": signed in with a read-only role, walk the pages
 * reachable from the start page (a few of each kind) and ask the authorisation model about every form, button
 * and link on them. Each must lead to an operation whose capability the person's roles hold.
 */
@VaksamTest
class ReadOnlyPagesTests {

    private static final int PAGES_PER_KIND = 2;
    private static final int MAX_PAGES = 200;
    private static final Pattern LINK = Pattern.compile("<a\\b[^>]*\\bhref=\"(/[^\"#]*)\"");
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(method|action)=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTIVE = Pattern.compile(
            "\\b(formaction|hx-post|hx-put|hx-patch|hx-delete)=\"(/[^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "^/(logout|login|e-tjanst|css|js|img|webjars|swagger-ui|v3)\\b.*|.*\\.(pdf|docx|xlsx|csv|txt|html|css)$");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Grants grants;

    @Autowired
    ScopeCalculator scopes;

    @ParameterizedTest
    @ValueSource(strings = {"revisor", "nl.ledamot", "nl.ordf", "ifo.soc1", "lexsarah"})
    void aReadOnlyRoleSeesNoFormButtonOrLinkItCannotUse(String username) throws Exception {
        AccessScope scope = scopes.scopeOf(username, grants.of(username));
        WebClient web = new WebClient(port);
        web.login(username, "vaksam");
        List<String> refused = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Integer> perKind = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        int pages = 0;
        while (!queue.isEmpty() && pages < MAX_PAGES) {
            String path = queue.poll();
            HttpResponse<String> page = web.get(path);
            pages++;
            if (page.statusCode() != 200 || !page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            String html = page.body();
            for (Matcher form = FORM.matcher(html); form.find();) {
                Map<String, String> attributes = attributes(form.group(1));
                if ("post".equalsIgnoreCase(attributes.getOrDefault("method", "get"))) {
                    check(scope, "POST", attributes.getOrDefault("action", path), path, "form", refused);
                }
            }
            for (Matcher button = ACTIVE.matcher(html); button.find();) {
                String verb = button.group(1).toLowerCase().replace("formaction", enclosingFormMethod(html, button.start()))
                        .replace("hx-", "");
                check(scope, verb.toUpperCase(), button.group(2), path, button.group(1), refused);
            }
            for (Matcher link = LINK.matcher(html); link.find();) {
                String target = link.group(1).replace("&amp;", "&");
                check(scope, "GET", target, path, "link", refused);
                String bare = target.split("\\?")[0];
                String kind = bare.replaceAll("\\d+", "#");
                if (!NOT_A_PAGE.matcher(bare).matches() && seen.add(bare)
                        && perKind.merge(kind, 1, Integer::sum) <= PAGES_PER_KIND) {
                    queue.add(target);
                }
            }
        }
        assertThat(pages).as("pages walked").isGreaterThan(20);
        assertThat(refused).as("what %s is shown but may not use", username).isEmpty();
    }

    /** A formaction button submits with its form's method: the last form opened and not closed before it. */
    private static String enclosingFormMethod(String html, int at) {
        int open = html.lastIndexOf("<form", at);
        if (open < 0 || html.lastIndexOf("</form>", at) > open) {
            return "post";
        }
        Matcher method = Pattern.compile("\\bmethod=\"(\\w+)\"", Pattern.CASE_INSENSITIVE)
                .matcher(html.substring(open, html.indexOf('>', open) + 1));
        return method.find() ? method.group(1).toLowerCase() : "get";
    }

    private void check(AccessScope scope, String method, String target, String page, String what, List<String> refused)
            throws Exception {
        String path = target.split("\\?")[0];
        Optional<Capability> needed;
        try {
            needed = capability(method, path);
        } catch (org.springframework.web.HttpRequestMethodNotSupportedException e) {
            refused.add(what + " " + method + " " + path + " (no handler answers " + method + ") on " + page);
            return;
        }
        if (needed.isPresent() && !AuthorisationModel.permits(true, scope, needed.get())) {
            refused.add(what + " " + method + " " + path + " (" + needed.get() + ") on " + page);
        }
    }

    private Optional<Capability> capability(String method, String path) throws Exception {
        HandlerExecutionChain chain = mappings.getHandler(new MockHttpServletRequest(method, path));
        if (chain == null || !(chain.getHandler() instanceof HandlerMethod handler)
                || !AuthorisationInterceptor.ownCode(handler)) {
            return Optional.empty();
        }
        return AuthorisationInterceptor.declared(handler);
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new HashMap<>();
        for (Matcher m = ATTRIBUTE.matcher(tag); m.find();) {
            attributes.put(m.group(1).toLowerCase(), m.group(2).replace("&amp;", "&"));
        }
        return attributes;
    }
}
