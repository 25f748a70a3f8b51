package se.vaksam.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.TestPropertySource;
import se.vaksam.VaksamTest;

/**
 * A test of what a person does in the browser: the whole application ({@link VaksamTest}),
 * the system Chromium, and a {@link BrowserSession} parameter that checks every page it
 * reaches with axe-core (WCAG 2.1 A and AA). Browser tests share an application of their
 * own, with its own database, so that the data other tests change never moves under them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@VaksamTest
@TestPropertySource(properties = "vaksam.test.suite=browser")
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {
}
