package se.vinr.ledger.events.common;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Digits;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * A figure a client records (an indicator's value, baseline or target, an amount in SEK): at most 12 digits before
 * the decimal point and 6 after. Far beyond any count, share or amount of a municipality, and it keeps a value such
 * as {@code 1e999999999} (a few bytes of JSON, a billion digits once written out) out of the ledger.
 */
@Documented
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.PARAMETER,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Digits(integer = Figure.INTEGER_DIGITS, fraction = Figure.FRACTION_DIGITS)
public @interface Figure {

    int INTEGER_DIGITS = 12;
    int FRACTION_DIGITS = 6;

    String MESSAGE = "must have at most " + INTEGER_DIGITS + " digits before the decimal point and "
            + FRACTION_DIGITS + " after it";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The same rule for a number that arrives untyped (a JSON value that may also be text). */
    final class Rule {

        private Rule() {
        }

        public static boolean fits(BigDecimal value) {
            BigDecimal stripped = value.stripTrailingZeros();
            return stripped.precision() - stripped.scale() <= INTEGER_DIGITS && stripped.scale() <= FRACTION_DIGITS;
        }
    }
}
