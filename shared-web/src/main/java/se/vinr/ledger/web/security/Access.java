package se.vinr.ledger.web.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The role an endpoint needs, on a controller (for all its endpoints) or a handler method (overriding the
 * controller's). An endpoint with a {@code {municipalityId}} in its path needs the role in that municipality;
 * one without needs it in at least one. An endpoint of ours without this annotation is refused to everyone.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Access {

    Role value();
}
