package se.vinr.ledger.events.common;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A goal, activity or indicator code as printed in the plan ({@code 1}, {@code 1:1}, {@code 4.2}): 1-20 letters,
 * digits, '.', ':' or '-', starting with a letter or digit, as the data file schema defines it. Codes appear in
 * paths ({@code /activities/1:1/status}), so nothing else is allowed.
 */
@Documented
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.PARAMETER,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Pattern(regexp = PlanCode.PATTERN)
public @interface PlanCode {

    String PATTERN = "^[0-9A-Za-z][0-9A-Za-z.:-]{0,19}$";

    String message() default "must be a code as printed in the plan: 1-20 letters, digits, '.', ':' or '-'";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
