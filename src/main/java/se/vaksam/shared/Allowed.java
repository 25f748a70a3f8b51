package se.vaksam.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The capability a page or API operation needs. On a controller class it is the default for every handler
 * method; on a method it overrides the class. A handler without one is refused (deny by default), and a
 * test fails the build for it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Allowed {

    Capability value();
}
