package se.vaksam.browser;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives each test a {@link BrowserSession} on the application that {@code @VaksamTest}
 * started. Chromium is started once for the whole run and closed at its end.
 */
final class BrowserExtension implements ParameterResolver, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == BrowserSession.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).computeIfAbsent(BrowserSession.class,
                key -> new BrowserSession(chromium(context).browser(), baseUrl(context)), BrowserSession.class);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        BrowserSession session = context.getStore(NAMESPACE).remove(BrowserSession.class, BrowserSession.class);
        if (session == null) {
            return;
        }
        try (session) {
            if (context.getExecutionException().isPresent()) {
                session.screenshot(Path.of("target", "browser-failures",
                        context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName() + ".png"));
            } else {
                session.finish();
            }
        }
    }

    private static Chromium chromium(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Chromium.class, key -> Chromium.start(), Chromium.class);
    }

    private static String baseUrl(ExtensionContext context) {
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("local.server.port");
        return "http://localhost:" + port;
    }
}
