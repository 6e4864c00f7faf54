package org.levier.web.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The API's rule for free text (titles, names, comments, reasons…): no control character (line breaks and tabs
 * excepted, and only where {@link #multiline()}), no bidirectional override, embedding or isolate
 * (U+202A–U+202E, U+2066–U+2069: they make a text read differently from what is stored), and something visible once
 * whitespace and invisible characters (zero-width spaces and joiners, word joiner, soft hyphen, BOM) are removed —
 * a text of whitespace only is left to the domain, whose rules name a missing value with their own key. A null
 * value is valid (combine with {@code @NotNull} when required); lengths are {@code @Size}'s.
 */
@Constraint(validatedBy = Text.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
public @interface Text {

    /** Whether line breaks and tabs are allowed (comments, reasons). */
    boolean multiline() default true;

    String message() default "a text without control or bidirectional-override characters, not blank";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The validator. */
    class Check implements ConstraintValidator<Text, String> {

        private boolean multiline;

        @Override
        public void initialize(Text annotation) {
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Bodies.report(context, refusal(value, multiline));
        }

        /** What is wrong with the text, or null. */
        static String refusal(String value, boolean multiline) {
            boolean visible = false;
            boolean invisible = false;
            for (int i = 0; i < value.length(); ) {
                int c = value.codePointAt(i);
                i += Character.charCount(c);
                if (c == '\n' || c == '\r' || c == '\t') {
                    if (!multiline) {
                        return "a single line";
                    }
                } else if (Character.isISOControl(c)) {
                    return "must not contain control characters";
                } else if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
                    return "must not contain bidirectional override characters";
                } else if (Character.getType(c) == Character.SURROGATE) {
                    return "must not contain unpaired surrogates";
                } else if (invisible(c)) {
                    invisible = true;
                } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                    visible = true;
                }
            }
            // Plain whitespace is left to the domain, which names a missing value with its own rule and key.
            return visible || !invisible ? null : "must not be blank (only invisible characters)";
        }

        private static boolean invisible(int c) {
            return c >= 0x200B && c <= 0x200F || c >= 0x2060 && c <= 0x2064 || c == 0xFEFF || c == 0x00AD
                    || c == 0x034F || c == 0x180E || Character.getType(c) == Character.FORMAT;
        }
    }
}
