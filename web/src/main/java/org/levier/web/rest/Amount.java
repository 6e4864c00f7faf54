package org.levier.web.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import org.levier.shared.entity.Money;
import org.levier.web.core.ApiValues;

/**
 * The API's money rule on a request member (a JSON string: {@link ApiJson} refuses a JSON number there):
 * the shape of {@link ApiValues#decimal} — digits, at most 13 before the point and 2 after, no exponent, sign
 * {@code +}, spaces or separators — checked on the text before any arithmetic, then the {@link #sign()} wanted.
 * A null value is valid (combine with {@code @NotNull} when required). Read the checked text with {@link Bodies#money}.
 */
@Constraint(validatedBy = Amount.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
public @interface Amount {

    /** The pattern the OpenAPI document announces (the same shape as the check). */
    String PATTERN = "^-?[0-9]{1,13}(\\.[0-9]{1,2})?$";
    String EXAMPLE = "1250.00";
    String DESCRIPTION = "EUR, a decimal string with at most 13 digits and 2 decimals, no exponent";

    /** Which amounts are allowed beyond the shape. */
    enum Sign { ANY, NOT_NEGATIVE, POSITIVE }

    Sign sign() default Sign.ANY;

    String message() default ApiValues.MONEY_SHAPE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The validator. */
    class Check implements ConstraintValidator<Amount, String> {

        private Sign sign;

        @Override
        public void initialize(Amount annotation) {
            sign = annotation.sign();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            String refusal;
            try {
                BigDecimal amount = ApiValues.decimal(value);
                refusal = switch (sign) {
                    case ANY -> null;
                    case NOT_NEGATIVE -> amount.signum() < 0 ? "must not be negative" : null;
                    case POSITIVE -> amount.signum() <= 0 ? "must be positive" : null;
                };
            } catch (ApiValues.Refused e) {
                refusal = e.getMessage();
            }
            return Bodies.report(context, refusal);
        }
    }
}
