package se.vaksam.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import se.vaksam.VaksamTest;

/**
 * A test of what a person does in the browser: the whole application ({@link VaksamTest}),
 * the system Chromium, and a {@link BrowserSession} parameter that checks every page it
 * reaches with axe-core (WCAG 2.1 A and AA).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@VaksamTest
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {
}
