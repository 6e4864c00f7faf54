package org.levier.web.rest;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.regex.Pattern;

/**
 * How the API binds JSON request bodies to its records (JSON-B), strictly where JSON-B alone is lenient: a whole
 * number ({@code Long}, {@code Integer}) must be written as one — {@code 1.5} or {@code 1e100000000} is not
 * truncated to {@code 1} or {@code 0} but refused (400) —, a boolean must be {@code true} or {@code false}, a text
 * (amounts and dates included: the contract writes them as strings) must be a JSON string — {@code 12} or
 * {@code 1e100000000} where a string is expected is refused (400), never turned into {@code "12"} —, and a
 * body that is the JSON literal {@code null} where an object is expected is malformed (400) rather than missing.
 * Responses are written with JSON-B's defaults, as before.
 */
@Provider
public class ApiJson implements ContextResolver<Jsonb> {

    private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,18}");
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withDeserializers(
            new LongValue(), new IntegerValue(), new BooleanValue(), new StringValue()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    private static String whole(JsonParser parser) {
        JsonValue value = parser.getValue();
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        String text = value instanceof JsonString s ? s.getString().strip() : value.toString();
        if (value.getValueType() != JsonValue.ValueType.NUMBER && value.getValueType() != JsonValue.ValueType.STRING
                || !WHOLE.matcher(text).matches()) {
            throw new JsonbException("a whole number is expected");
        }
        return text;
    }

    /** Whole numbers as {@code Long}. */
    public static final class LongValue implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            String text = whole(parser);
            return text == null ? null : Long.valueOf(text);
        }
    }

    /** Whole numbers as {@code Integer}, within its range. */
    public static final class IntegerValue implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            String text = whole(parser);
            if (text == null) {
                return null;
            }
            long value = Long.parseLong(text);
            if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                throw new JsonbException("a whole number within " + Integer.MIN_VALUE + ".." + Integer.MAX_VALUE);
            }
            return (int) value;
        }
    }

    /** {@code true} or {@code false}, nothing else. */
    public static final class BooleanValue implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            return switch (value.getValueType()) {
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case NULL -> null;
                default -> throw new JsonbException("true or false is expected");
            };
        }
    }

    /** A JSON string, or null; a number, a boolean, an array or an object is not read as a text. */
    public static final class StringValue implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            return switch (value.getValueType()) {
                case STRING -> ((JsonString) value).getString();
                case NULL -> null;
                default -> throw new JsonbException("a JSON string is expected");
            };
        }
    }

    /**
     * For the few members documented as an id or a text ({@code disbursementId}: a disbursement's id or its
     * end-to-end id): a JSON string, or a JSON number read as its text. Put on the member with
     * {@code @JsonbTypeDeserializer}.
     */
    public static final class TextOrNumber implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            return switch (value.getValueType()) {
                case STRING -> ((JsonString) value).getString();
                case NUMBER -> value.toString();
                case NULL -> null;
                default -> throw new JsonbException("a JSON string or number is expected");
            };
        }
    }

    /**
     * Record bodies: an empty one (no bytes, or whitespace only) is null for the resource to call it missing (422
     * {@code request.body-required}) or take its defaults, never the JSON-B provider's bare 400; the literal
     * {@code null}, an array, a string or a number where an object is expected is malformed (400).
     */
    @Provider
    public static class NullBody implements ReaderInterceptor {

        @Override
        public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
            if (!context.getType().isRecord() && !java.util.Map.class.isAssignableFrom(context.getType())) {
                return context.proceed();
            }
            java.io.PushbackInputStream in = new java.io.PushbackInputStream(context.getInputStream(), 1);
            int first = in.read();
            while (first == ' ' || first == '\n' || first == '\r' || first == '\t') {
                first = in.read();
            }
            if (first < 0) {
                return null;
            }
            if (first != '{' && first != 'n') {
                // An array, a string or a number where an object is expected (JSON-B would read [{…}] as {…}).
                throw new JsonbException("a JSON object is expected");
            }
            in.unread(first);
            context.setInputStream(in);
            Object body = context.proceed();
            if (body == null) {
                throw new JsonbException("a JSON object is expected, not null");
            }
            return body;
        }
    }
}
