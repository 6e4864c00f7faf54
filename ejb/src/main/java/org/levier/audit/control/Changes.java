package org.levier.audit.control;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import java.util.TreeMap;
import org.levier.shared.entity.Money;

/** The changed values of an event as canonical JSON: keys sorted, values as strings (money with 2 decimals). */
public final class Changes {

    private Changes() {
    }

    public static String toJson(Map<String, ?> changes) {
        if (changes == null || changes.isEmpty()) {
            return null;
        }
        JsonObjectBuilder json = Json.createObjectBuilder();
        new TreeMap<String, Object>(changes).forEach((key, value) -> {
            if (value == null) {
                json.addNull(key);
            } else if (value instanceof Money money) {
                json.add(key, money.toPlainString());
            } else {
                json.add(key, String.valueOf(value));
            }
        });
        return json.build().toString();
    }
}
