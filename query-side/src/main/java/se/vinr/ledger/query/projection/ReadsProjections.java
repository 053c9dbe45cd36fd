package se.vinr.ledger.query.projection;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The projections (processing groups) a query controller answers from. While one of them is being rebuilt, the
 * controller's endpoints answer 503 with Retry-After instead of a half-built view. Every query controller must
 * carry it (a test checks), so a new view cannot forget to say what it reads.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReadsProjections {

    String[] value();
}
