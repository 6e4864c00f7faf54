package org.levier.web.rest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The last word on the served {@code /openapi} ({@code mp.openapi.filter}): what Payara's scanner writes is made a
 * contract a generated client can be built from, by Levier's own conventions.
 * <ul>
 * <li>An array schema says {@code "type": "array"} (the scanner writes {@code items} alone, which OpenAPI 3.1 reads
 * as "anything").</li>
 * <li>A JSON number is a whole number ({@code integer}, {@code int64}): Levier writes money, rates and every other
 * decimal as strings (see {@link Amount}), so its only numbers are ids, versions and counts.</li>
 * <li>An enum field described by its values is a string, never "string or object".</li>
 * <li>The scanner's defaults of unset annotation members are dropped: {@code maxProperties: 0} (which would allow
 * only empty objects), {@code minLength}/{@code minProperties}/{@code minContains: 0}, empty examples and
 * {@code false} flags.</li>
 * </ul>
 * {@code OpenApiContractIT} compares the result with the committed snapshot the test client is generated from.
 */
public class OpenApiContract implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Set<Schema> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Consumer<Schema> fix = schema -> normalise(schema, seen);
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(fix);
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            each(item.getParameters(), parameter -> parameter(parameter, fix));
            if (item.getOperations() == null) {
                return;
            }
            for (Operation operation : item.getOperations().values()) {
                each(operation.getParameters(), parameter -> parameter(parameter, fix));
                if (operation.getRequestBody() != null) {
                    content(operation.getRequestBody().getContent(), fix);
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values()
                            .forEach(response -> content(response.getContent(), fix));
                }
            }
        });
    }

    private static void parameter(Parameter parameter, Consumer<Schema> fix) {
        if (parameter.getSchema() != null) {
            fix.accept(parameter.getSchema());
        }
        content(parameter.getContent(), fix);
    }

    private static void content(Content content, Consumer<Schema> fix) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType type : content.getMediaTypes().values()) {
            if (type.getSchema() != null) {
                fix.accept(type.getSchema());
            }
        }
    }

    private static void normalise(Schema schema, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        List<SchemaType> type = schema.getType();
        if (schema.getItems() != null && (type == null || type.isEmpty())) {
            schema.setType(List.of(SchemaType.ARRAY));
        } else if (type != null && type.contains(SchemaType.NUMBER) && schema.getFormat() == null) {
            schema.setType(List.of(SchemaType.INTEGER));
            schema.setFormat("int64");
        } else if (type != null && type.size() > 1 && type.contains(SchemaType.STRING)
                && type.contains(SchemaType.OBJECT)) {
            schema.setType(List.of(SchemaType.STRING));
        }
        dropDefaults(schema);
        normalise(schema.getItems(), seen);
        normalise(schema.getAdditionalPropertiesSchema(), seen);
        if (schema.getProperties() != null) {
            for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
                normalise(property.getValue(), seen);
            }
        }
        for (Collection<Schema> composed : new ArrayList<>(java.util.Arrays.asList(schema.getAllOf(),
                schema.getAnyOf(), schema.getOneOf()))) {
            each(composed, part -> normalise(part, seen));
        }
    }

    private static void dropDefaults(Schema schema) {
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinContains())) {
            schema.setMinContains(null);
        }
        if (schema.getExamples() != null && schema.getExamples().stream().allMatch(e -> e == null || "".equals(e))) {
            schema.setExamples(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
    }

    private static <T> void each(Collection<T> items, Consumer<T> action) {
        if (items != null) {
            items.forEach(action);
        }
    }
}
