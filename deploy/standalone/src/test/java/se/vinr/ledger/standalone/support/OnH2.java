package se.vinr.ledger.standalone.support;

import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Runs a specification against the embedded H2 store (contexts are shared between classes so marked). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ContextConfiguration(initializers = H2Backend.class)
public @interface OnH2 {
}
