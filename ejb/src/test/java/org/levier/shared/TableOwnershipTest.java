package org.levier.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table belongs to one component, and only that component's queries name it; the read models ({@link ReadModel}
 * on the component's {@code package-info.java}: {@code portfolio} and {@code impact}) may read the tables of the
 * components their {@code reads} names, and the demo seeding ({@link Seeding}) may read and write any. Everything is
 * read from the sources:
 * <ul>
 * <li>ownership: an {@code @Entity} class's component owns its entity name, its {@code @Table} and its
 * {@code @CollectionTable}/{@code @JoinTable}s; a table the Flyway migrations create and no entity maps (kept by
 * native SQL) belongs to the one component that writes it (or, written by none, the one that reads it);</li>
 * <li>query text: every string literal and text block of a main source, the pieces of one {@code +} chain joined and
 * the file's own {@code String} constants put in place, so {@code @NamedQuery}, {@code createQuery},
 * {@code createNativeQuery} and SQL handed to a helper are all read; a name after {@code FROM} (and each name of its
 * comma list), {@code JOIN}, {@code UPDATE}, {@code INTO} or {@code DELETE FROM} that is an entity name or a table is
 * a read, or a write for {@code UPDATE}, {@code INTO} and {@code DELETE FROM};</li>
 * <li>mapped relations: a JPQL path ({@code d.agreement.amount}, {@code JOIN d.tranches t}) reaches only the
 * entities that the entity's own associations reach, so the paths are not looked at one by one; instead
 * {@link #associationsStayWithinTheirComponent} holds every association to its own component (STYLE.md: components
 * refer to each other by id), which makes a path as safe as the entity it starts from;</li>
 * <li>entity classes: {@code em.find}/{@code em.getReference} of another component's entity class is a read, as are
 * {@code em.refresh}/{@code em.lock} of an instance of one; {@code em.persist}/{@code merge}/{@code remove} of one is
 * a write ({@link EntityManagerCalls} says which calls it can type from the source text). A read model may load only
 * the components its {@code @ReadModel(reads)} names, by query or by class.</li>
 * </ul>
 * Not looked at: the Criteria API (unused). The migrations ({@code db.migration}) own the schema and are not a
 * component. The lexical scanner is {@link JavaText}, the calls' scanner {@link EntityManagerCalls}: no library here
 * provides them.
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/org/levier");
    private static final Path SQL_MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path JAVA_MIGRATIONS = Path.of("src/main/java/db/migration");

    private static final Pattern ENTITY = Pattern.compile("^@Entity\\b(?:\\(\\s*name\\s*=\\s*\"(\\w+)\"\\s*\\))?",
            Pattern.MULTILINE);
    private static final Pattern CLASS = Pattern.compile("\\bclass\\s+(\\w+)");
    private static final Pattern TABLES = Pattern.compile("@(?:Table|CollectionTable|JoinTable)\\s*\\(\\s*name\\s*=\\s*"
            + "\"(\\w+)\"");
    private static final Pattern ASSOCIATION = Pattern.compile("@(?:ManyToOne|OneToOne|OneToMany|ManyToMany)\\b([^;]*);");
    private static final Pattern WORD = Pattern.compile("\\b[A-Za-z_]\\w*\\b");
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?`?(\\w+)`?");
    /** A table or entity after its keyword, and for FROM the others of its comma list (each with an alias or not). */
    private static final Pattern TARGET = Pattern.compile("(?i)(?<![\\w.])(?:(delete\\s+)?from|join|(for\\s+|key\\s+)?update"
            + "|into)\\s+`?(\\w+)`?(?![\\w.`])((?:\\s+(?:as\\s+)?\\w+)?(?:\\s*,\\s*`?\\w+`?(?![\\w.`])(?:\\s+(?:as\\s+)?\\w+)?)*)");
    private static final Pattern LISTED = Pattern.compile(",\\s*`?(\\w+)`?");

    /** A piece of query text of one file: the file's component, its path, and the text. */
    record Source(String component, String file, String text) {
    }

    /** A name in query text that reaches a table of another component. */
    record Access(String component, String file, String owner, String name, boolean write) {
        @Override
        public String toString() {
            return file + ": " + (write ? "writes " : "reads ") + name + " of " + owner;
        }
    }

    @Test
    void everyTableHasOneOwner() {
        Ownership ownership = Ownership.of(sources(), createdTables());
        assertThat(ownership.entities()).containsEntry("Agreement", "agreement").containsEntry("Dossier", "dossier");
        assertThat(ownership.tables()).containsEntry("disbursement_evidence", "disbursement")
                .containsEntry("programme_figure", "portfolio");
        assertThat(ownership.conflicts()).as("names declared by two components, or unmapped tables without one "
                + "writer").isEmpty();
    }

    @Test
    void associationsStayWithinTheirComponent() {
        List<Source> sources = sources();
        assertThat(foreignAssociations(sources, Ownership.of(sources, createdTables())))
                .as("JPA associations to another component's entity (refer to it by id)").isEmpty();
    }

    @Test
    void onlyReadModelsReachOtherComponentsTables() {
        List<Source> sources = sources();
        Map<String, Set<String>> declared = declarations();
        assertThat(declared.get("ReadModel")).containsExactlyInAnyOrder("portfolio", "impact");
        Map<String, Set<String>> readModels = new TreeMap<>();
        declared.get("ReadModel").forEach(readModel -> readModels.put(readModel, declaredReads(readModel)));
        List<String> offences = offences(sources, Ownership.of(sources, createdTables()), readModels,
                declared.getOrDefault("Seeding", Set.of())).stream().map(Access::toString).toList();
        assertThat(offences).as("queries or EntityManager calls naming another component's table or entity; ask the "
                + "component that owns it (or a read model for a figure across components)").isEmpty();
    }

    @Test
    void readModelsDeclareWhatTheyRead() {
        List<Source> sources = sources();
        Ownership ownership = Ownership.of(sources, createdTables());
        for (String readModel : declarations().get("ReadModel")) {
            Set<String> read = new TreeSet<>();
            for (Source source : sources) {
                if (source.component().equals(readModel)) {
                    foreignAccesses(source, ownership).forEach(access -> read.add(access.owner()));
                }
            }
            assertThat(declaredReads(readModel)).as("@ReadModel(reads) of " + readModel).isEqualTo(read);
        }
    }

    @Test
    void aForeignTableIsFound() {
        List<Source> sources = List.of(
                new Source("agreement", "agreement/entity/Agreement.java",
                        "@Entity\n@Table(name = \"agreement\")\npublic class Agreement {}"),
                new Source("agreement", "agreement/entity/Tranche.java",
                        "@Entity\n@Table(name = \"agreement_tranche\")\npublic class Tranche {\n"
                                + "  @ManyToOne Agreement agreement;\n}"),
                new Source("budget", "budget/control/Sums.java", """
                        class Sums {
                            // "SELECT x FROM agreement_tranche" in a comment counts for nothing
                            static final String TABLE = "agreement";
                            String q = "SELECT SUM(a.amount) FROM " + TABLE + " a WHERE a.x = ?";
                            String jpql = "select t from disbursement d, Tranche t where t.id = d.tranche_id";
                            String locked = "SELECT id FROM own FOR UPDATE";
                            String write = \"""
                                    update `agreement_tranche` set amount = 0\""";
                        }"""),
                new Source("disbursement", "disbursement/entity/Disbursement.java",
                        "@Entity\n@Table(name = \"disbursement\")\npublic class Disbursement {\n"
                                + "  @ManyToOne(fetch = LAZY)\n  private Tranche tranche;\n}"),
                new Source("budget", "budget/entity/Budget.java", "@Entity\npublic class Budget {}"),
                new Source("budget", "budget/control/Loads.java", """
                        class Loads {
                            @PersistenceContext
                            private EntityManager em;
                            void run(long id, Disbursement paid) {
                                em.find(org.levier.agreement.entity.Agreement.class, id, PESSIMISTIC_WRITE);
                                // em.getReference(Tranche.class, id) in a comment counts for nothing
                                em.persist(new Tranche(new Agreement(id)));
                                em.refresh(paid);
                                var own = em.find(Budget.class, id);
                                em.remove(own);
                                em.lock(lookup(id), LockModeType.PESSIMISTIC_WRITE);
                                em.lock(held, LockModeType.PESSIMISTIC_READ);
                            }
                            void again(Budget paid) {
                                em.merge(paid);
                            }
                            private Tranche held;
                        }"""),
                new Source("portfolio", "portfolio/control/Figures.java",
                        "String q = \"SELECT 1 FROM agreement a JOIN disbursement d ON d.agreement_id = a.id\";"
                                + "String w = \"DELETE FROM agreement_tranche\";"
                                + "EntityManager em; Object o = em.find(Agreement.class, 1L);"
                                + "em.find(Budget.class, 1L);"),
                new Source("demo", "demo/control/Seed.java", "String q = \"INSERT INTO agreement VALUES (1)\";"
                        + "EntityManager em; void seed() { em.persist(new Agreement()); }"));
        Ownership ownership = Ownership.of(sources, Set.of("agreement", "agreement_tranche", "disbursement"));

        assertThat(offences(sources, ownership, Map.of("portfolio", Set.of("agreement")), Set.of("demo")))
                .map(Access::toString).containsExactlyInAnyOrder(
                        "budget/control/Sums.java: reads agreement of agreement",
                        "budget/control/Sums.java: reads disbursement of disbursement",
                        "budget/control/Sums.java: reads Tranche of agreement",
                        "budget/control/Sums.java: writes agreement_tranche of agreement",
                        "budget/control/Loads.java: reads Agreement of agreement",
                        "budget/control/Loads.java: writes Tranche of agreement",
                        "budget/control/Loads.java: reads Disbursement of disbursement",
                        "budget/control/Loads.java: reads Tranche of agreement",
                        "portfolio/control/Figures.java: reads disbursement of disbursement",
                        "portfolio/control/Figures.java: reads Budget of budget",
                        "portfolio/control/Figures.java: writes agreement_tranche of agreement");
        assertThat(foreignAssociations(sources, ownership))
                .containsExactly("disbursement/entity/Disbursement.java: Tranche of agreement");
    }

    /** Who owns which entity name, entity class (simple name) and table, and the names that two components claim. */
    record Ownership(Map<String, String> entities, Map<String, String> classes, Map<String, String> tables,
                     List<String> conflicts) {

        static Ownership of(List<Source> sources, Set<String> created) {
            Map<String, String> entities = new TreeMap<>();
            Map<String, String> classes = new TreeMap<>();
            Map<String, String> tables = new TreeMap<>();
            List<String> conflicts = new ArrayList<>();
            for (Source source : sources) {
                String code = JavaText.code(source.text());
                Matcher entity = ENTITY.matcher(code);
                if (!entity.find()) {
                    continue;
                }
                Matcher type = CLASS.matcher(code);
                String simple = type.find() ? type.group(1) : null;
                claim(entities, entity.group(1) != null ? entity.group(1) : simple, source.component(), conflicts);
                claim(classes, simple, source.component(), conflicts);
                Matcher table = TABLES.matcher(source.text());
                while (table.find()) {
                    claim(tables, table.group(1).toLowerCase(Locale.ROOT), source.component(), conflicts);
                }
            }
            Map<String, Set<String>> writers = new HashMap<>();
            Map<String, Set<String>> readers = new HashMap<>();
            for (Source source : sources) {
                for (String[] target : targets(source.text())) {
                    String table = target[0].toLowerCase(Locale.ROOT);
                    if (created.contains(table) && !tables.containsKey(table)) {
                        (target[1] != null ? writers : readers).computeIfAbsent(table, t -> new TreeSet<>())
                                .add(source.component());
                    }
                }
            }
            for (String table : created) {
                if (tables.containsKey(table)) {
                    continue;
                }
                Set<String> by = writers.getOrDefault(table, readers.getOrDefault(table, Set.of()));
                if (by.size() == 1) {
                    tables.put(table, by.iterator().next());
                } else if (by.size() > 1) {
                    conflicts.add(table + " (not mapped) is kept by " + by);
                }
            }
            return new Ownership(entities, classes, tables, conflicts);
        }

        private static void claim(Map<String, String> owners, String name, String component, List<String> conflicts) {
            String before = owners.putIfAbsent(name, component);
            if (before != null && !before.equals(component)) {
                conflicts.add(name + " is declared by " + before + " and " + component);
            }
        }

        /** The component that owns a name of query text, if it names an entity (exactly) or a table. */
        String owner(String name) {
            String owner = entities.get(name);
            return owner != null ? owner : tables.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * The accesses to other components' tables and entities outside the seeding, but a read model's reads of the
     * components it declares ({@code readModels}: a read model's component and its {@code reads}).
     */
    private static List<Access> offences(List<Source> sources, Ownership ownership,
                                         Map<String, Set<String>> readModels, Set<String> seeding) {
        Set<Access> found = new TreeSet<>(Comparator.comparing(Access::toString));
        for (Source source : sources) {
            if (seeding.contains(source.component())) {
                continue;
            }
            Set<String> reads = readModels.getOrDefault(source.component(), Set.of());
            for (Access access : foreignAccesses(source, ownership)) {
                if (access.write() || !reads.contains(access.owner())) {
                    found.add(access);
                }
            }
        }
        return List.copyOf(found);
    }

    /** What a source reads or writes of other components: by query text, and by class through its EntityManager. */
    private static List<Access> foreignAccesses(Source source, Ownership ownership) {
        List<Access> accesses = new ArrayList<>();
        for (String[] target : targets(source.text())) {
            String owner = ownership.owner(target[0]);
            if (owner != null && !owner.equals(source.component())) {
                accesses.add(new Access(source.component(), source.file(), owner, target[0], target[1] != null));
            }
        }
        for (EntityManagerCalls.Call call : EntityManagerCalls.of(source.text())) {
            String owner = ownership.classes().get(call.type());
            if (owner != null && !owner.equals(source.component())) {
                accesses.add(new Access(source.component(), source.file(), owner, call.type(), call.write()));
            }
        }
        return accesses;
    }

    private static List<String> foreignAssociations(List<Source> sources, Ownership ownership) {
        List<String> found = new ArrayList<>();
        for (Source source : sources) {
            Matcher association = ASSOCIATION.matcher(JavaText.code(source.text()));
            while (association.find()) {
                Matcher word = WORD.matcher(association.group(1));
                while (word.find()) {
                    String owner = ownership.entities().get(word.group());
                    if (owner != null && !owner.equals(source.component())) {
                        found.add(source.file() + ": " + word.group() + " of " + owner);
                    }
                }
            }
        }
        return found;
    }

    /** The names of tables or entities in a source's query text: {name, "write" or null}. */
    static List<String[]> targets(String text) {
        List<String[]> targets = new ArrayList<>();
        for (String query : JavaText.queryTexts(text)) {
            Matcher m = TARGET.matcher(query);
            while (m.find()) {
                if (m.group(2) != null) {
                    continue; // FOR UPDATE, ON DUPLICATE KEY UPDATE: a lock or an upsert's clause, not a target
                }
                String keyword = m.group().toLowerCase(Locale.ROOT);
                boolean write = m.group(1) != null || keyword.startsWith("update") || keyword.startsWith("into");
                targets.add(new String[] {m.group(3), write ? "write" : null});
                if (keyword.startsWith("from") && m.group(4) != null) {
                    Matcher listed = LISTED.matcher(m.group(4));
                    while (listed.find()) {
                        targets.add(new String[] {listed.group(1), null});
                    }
                }
            }
        }
        return targets;
    }

    private static List<Source> sources() {
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(file -> sources.add(new Source(
                    SOURCES.relativize(file).getName(0).toString(), SOURCES.relativize(file).toString(), read(file))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }

    /** The tables the migrations create, SQL and Java. */
    private static Set<String> createdTables() {
        Set<String> tables = new TreeSet<>();
        for (Path dir : List.of(SQL_MIGRATIONS, JAVA_MIGRATIONS)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.forEach(file -> {
                    String text = file.toString().endsWith(".java")
                            ? String.join("\n", JavaText.queryTexts(read(file))) : read(file);
                    Matcher m = CREATE_TABLE.matcher(text);
                    while (m.find()) {
                        tables.add(m.group(1).toLowerCase(Locale.ROOT));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(tables).contains("dossier", "programme_figure", "dossier_word");
        return tables;
    }

    /** The components whose {@code package-info.java} carries {@code @ReadModel} or {@code @Seeding}, by annotation. */
    private static Map<String, Set<String>> declarations() {
        Map<String, Set<String>> declared = new TreeMap<>();
        for (Source source : sources()) {
            if (source.file().equals(source.component() + "/package-info.java")) {
                String code = JavaText.code(source.text());
                for (String annotation : List.of("ReadModel", "Seeding")) {
                    if (Pattern.compile("@(?:org\\.levier\\.shared\\.)?" + annotation + "\\b").matcher(code).find()) {
                        declared.computeIfAbsent(annotation, a -> new TreeSet<>()).add(source.component());
                    }
                }
            }
        }
        return declared;
    }

    /** The {@code reads} of a component's {@code @ReadModel}. */
    private static Set<String> declaredReads(String component) {
        String code = read(SOURCES.resolve(component).resolve("package-info.java"));
        Matcher reads = Pattern.compile("@(?:org\\.levier\\.shared\\.)?ReadModel\\s*\\(\\s*reads\\s*=\\s*\\{([^}]*)}")
                .matcher(code);
        assertThat(reads.find()).as("reads of " + component).isTrue();
        Set<String> declared = new TreeSet<>();
        Matcher name = Pattern.compile("\"(\\w+)\"").matcher(reads.group(1));
        while (name.find()) {
            declared.add(name.group(1));
        }
        return declared;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
