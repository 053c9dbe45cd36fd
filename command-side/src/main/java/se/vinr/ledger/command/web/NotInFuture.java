package se.vinr.ledger.command.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A date of something that has happened (a course completed, a meeting held) is not after today in Sweden, whatever
 * the server's time zone. Aggregates have no clock, so the web layer checks this.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotInFuture.Validator.class)
public @interface NotInFuture {

    ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    String message() default "must not be in the future";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NotInFuture, LocalDate> {

        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            LocalDate today = LocalDate.now(SWEDEN);
            if (date == null || !date.isAfter(today)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must not be in the future: today is " + today + " in Sweden")
                    .addConstraintViolation();
            return false;
        }
    }
}
