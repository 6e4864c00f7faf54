package org.levier.web.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import org.levier.web.core.ApiValues;

/**
 * The API's date rule on a request member: {@code uuuu-MM-dd} exactly, a real day, year 1 to 9999 (DOMAIN.md), as
 * {@link ApiValues#date} reads it. A null value is valid (combine with {@code @NotNull} when required). Read the
 * checked text with {@link Bodies#date}.
 */
@Constraint(validatedBy = IsoDate.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
public @interface IsoDate {

    String PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    String EXAMPLE = "2026-06-30";

    String message() default ApiValues.DATE_SHAPE_MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The validator. */
    class Check implements ConstraintValidator<IsoDate, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                ApiValues.date(value);
                return true;
            } catch (ApiValues.Refused e) {
                return Bodies.report(context, e.getMessage());
            }
        }
    }
}
