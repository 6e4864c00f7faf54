package org.levier.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entity classes a source loads or writes through its {@code EntityManager} by class rather than by query text,
 * for {@link TableOwnershipTest}: {@code find} and {@code getReference} name the class ({@code em.find(X.class, id)},
 * a read, with or without a lock); {@code refresh} and {@code lock} (reads) and {@code persist}, {@code merge} and
 * {@code remove} (writes) name an instance, whose class is taken from the source text only where it is certain
 * enough: {@code new X(…)} as the argument, or the nearest declaration before the call of the variable, parameter or
 * field passed ({@code X x}, {@code final X x}, {@code for (X x :}, {@code var x = new X(…)},
 * {@code var x = em.find(X.class, …)}); failing that, the file's first declaration of that name (a field declared
 * below the methods). Any other argument (a method's result, {@code forEach(em::persist)}) is not typed and so not
 * reported: a type checker would be needed, and those few calls are in their own component today. The receivers are
 * the names the file declares as {@code EntityManager}.
 */
final class EntityManagerCalls {

    private static final Pattern MANAGER = Pattern.compile("\\bEntityManager\\s+(\\w+)");
    private static final Set<String> READS = Set.of("find", "getReference", "refresh", "lock");
    private static final Pattern CLASS_LITERAL = Pattern.compile("^([\\w.]+)\\s*\\.\\s*class$");
    private static final Pattern NEW = Pattern.compile("^new\\s+([\\w.]+)\\s*(?:<[^>]*>)?\\s*\\(");
    private static final Pattern NAME = Pattern.compile("^(?:this\\s*\\.\\s*)?(\\w+)$");

    /** An entity class (its simple name) a call names, and whether the call writes it. */
    record Call(String type, boolean write) {
    }

    private EntityManagerCalls() {
    }

    /** The typed calls of a source, in order. */
    static List<Call> of(String text) {
        String code = JavaText.code(text);
        Set<String> managers = new TreeSet<>();
        Matcher manager = MANAGER.matcher(code);
        while (manager.find()) {
            managers.add(manager.group(1));
        }
        List<Call> calls = new ArrayList<>();
        if (managers.isEmpty()) {
            return calls;
        }
        Pattern call = Pattern.compile("(?<![\\w.])(?:" + String.join("|", managers) + ")\\s*\\.\\s*(find|getReference"
                + "|refresh|lock|persist|merge|remove)\\s*\\(");
        Matcher m = call.matcher(code);
        while (m.find()) {
            String argument = firstArgument(code, m.end());
            String type = m.group(1).equals("find") || m.group(1).equals("getReference")
                    ? simpleName(CLASS_LITERAL, argument) : instanceType(code, argument, m.start(), managers);
            if (type != null) {
                calls.add(new Call(type, !READS.contains(m.group(1))));
            }
        }
        return calls;
    }

    /** The first argument's text, from just after the opening parenthesis to its comma or closing parenthesis. */
    private static String firstArgument(String code, int from) {
        int depth = 0;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if ((c == ')' || c == ',') && depth == 0) {
                return code.substring(from, i).strip();
            } else if (c == '(' || c == '<') {
                depth++; // type arguments too: new Pair<A, B>(…)
            } else if (c == ')' || c == '>') {
                depth--;
            }
        }
        return "";
    }

    private static String instanceType(String code, String argument, int at, Set<String> managers) {
        String created = simpleName(NEW, argument);
        if (created != null) {
            return created;
        }
        Matcher name = NAME.matcher(argument);
        return name.matches() ? declaredType(code, name.group(1), at, managers) : null;
    }

    /** The class a variable, parameter or field is declared with: its last declaration before {@code at}, or first. */
    private static String declaredType(String code, String name, int at, Set<String> managers) {
        Pattern declaration = Pattern.compile("(?<![\\w.])(?:([A-Z][\\w.]*)(?:\\s*<[^;={}()]*>)?|var)\\s+"
                + Pattern.quote(name) + "\\s*(?:=\\s*(?:new\\s+([\\w.]+)|(?:" + String.join("|", managers)
                + ")\\s*\\.\\s*(?:find|getReference)\\s*\\(\\s*([\\w.]+)\\s*\\.\\s*class)|[;,):=])");
        Matcher m = declaration.matcher(code);
        String first = null;
        String last = null;
        while (m.find()) {
            String type = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            if (m.group(1) == null && type == null) {
                type = "?"; // var of another initializer: unknown, and it hides any earlier declaration
            }
            type = type.substring(type.lastIndexOf('.') + 1);
            if (first == null) {
                first = type;
            }
            if (m.start() < at) {
                last = type;
            }
        }
        String type = last != null ? last : first;
        return type == null || type.equals("?") ? null : type;
    }

    private static String simpleName(Pattern pattern, String argument) {
        Matcher m = pattern.matcher(argument);
        if (!m.find()) {
            return null;
        }
        String type = m.group(1);
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
