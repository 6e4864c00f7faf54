package org.levier.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The options of {@link Bench} (see bench/README.md): the database, the sizes, the seed, the runs per query. */
record BenchOptions(String url, String user, String password, List<Integer> sizes, long seed, int repeat,
                    boolean measureOnly, String only) {

    int baseline() {
        return sizes.getFirst();
    }

    int dossiers() {
        return sizes.getLast();
    }

    static BenchOptions parse(String[] args) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("--url", "jdbc:mysql://127.0.0.1:3306/levier_bench");
        a.put("--user", "root");
        a.put("--password", "");
        a.put("--baseline", "10000");
        a.put("--dossiers", "100000");
        a.put("--seed", "20261128");
        a.put("--repeat", "5");
        a.put("--measure-only", "false");
        a.put("--only", "");
        a.put("--sizes", "");
        for (int i = 0; i < args.length; i++) {
            if (!a.containsKey(args[i]) || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: Bench " + a.keySet().stream().map(k -> "[" + k + " …]")
                        .reduce((x, y) -> x + " " + y).orElse("") + " — unknown or incomplete: " + args[i]);
            }
            a.put(args[i], args[++i]);
        }
        // --sizes 1000,10000,100000 (the same data grown from size to size); else --baseline then --dossiers.
        List<Integer> sizes = a.get("--sizes").isBlank()
                ? List.of(Integer.parseInt(a.get("--baseline")), Integer.parseInt(a.get("--dossiers")))
                : Arrays.stream(a.get("--sizes").split(",")).map(String::strip).map(Integer::parseInt).toList();
        for (int i = 0; i < sizes.size(); i++) {
            if (sizes.get(i) % SyntheticPortfolio.PER_ORGANISATION != 0 || i > 0 && sizes.get(i) <= sizes.get(i - 1)) {
                throw new IllegalArgumentException("sizes must be multiples of 5, increasing: " + sizes);
            }
        }
        if (sizes.size() < 2) {
            throw new IllegalArgumentException("at least two sizes (a baseline and a larger one): " + sizes);
        }
        return new BenchOptions(a.get("--url"), a.get("--user"), a.get("--password"), sizes,
                Long.parseLong(a.get("--seed")), Integer.parseInt(a.get("--repeat")),
                Boolean.parseBoolean(a.get("--measure-only")), a.get("--only"));
    }
}
