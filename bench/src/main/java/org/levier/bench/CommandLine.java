package org.levier.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code --name value} options of the HTTP benchmarks, each with its default; an unknown one is a usage error. */
final class CommandLine {

    private CommandLine() {
    }

    /** The options given over {@code defaults} (keys without their {@code --}; a {@code null} default: required). */
    static Map<String, String> parse(String program, String[] args, Map<String, String> defaults) {
        Map<String, String> options = new LinkedHashMap<>(defaults);
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!defaults.containsKey(name) || i + 1 >= args.length) {
                throw new IllegalArgumentException(usage(program, defaults) + " — unknown or incomplete: " + args[i]);
            }
            options.put(name, args[++i]);
        }
        defaults.forEach((name, value) -> {
            if (options.get(name) == null) {
                throw new IllegalArgumentException(usage(program, defaults) + " — missing: --" + name);
            }
        });
        return options;
    }

    private static String usage(String program, Map<String, String> defaults) {
        return "usage: " + program + " " + defaults.entrySet().stream()
                .map(e -> e.getValue() == null ? "--" + e.getKey() + " …"
                        : "[--" + e.getKey() + " " + e.getValue() + "]")
                .collect(Collectors.joining(" "));
    }
}
