package org.levier.web.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

/**
 * A request member naming a constant of an enum, by its exact name: a wrong name is a 422 violation naming the
 * member and the names allowed (JSON-B binding an enum directly would make it a 400 without the field). Read the
 * checked text with {@link Bodies#named}. A null value is valid (combine with {@code @NotNull} when required).
 */
@Constraint(validatedBy = OneOf.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
public @interface OneOf {

    Class<? extends Enum<?>> value();

    String message() default "one of the names listed";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The validator. */
    class Check implements ConstraintValidator<OneOf, String> {

        private Enum<?>[] constants;

        @Override
        public void initialize(OneOf annotation) {
            constants = annotation.value().getEnumConstants();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            for (Enum<?> constant : constants) {
                if (constant.name().equals(value.strip())) {
                    return true;
                }
            }
            return Bodies.report(context, "one of " + Arrays.toString(constants));
        }
    }
}
