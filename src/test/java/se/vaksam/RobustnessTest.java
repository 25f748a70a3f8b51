package se.vaksam;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Like {@link VaksamTest}, but with an application context and database of its own: for tests
 * that send the API bad and odd requests that may write, without disturbing the shared demo data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaksam.test.context=robustness")
@ActiveProfiles("test")
public @interface RobustnessTest {
}
