package org.levier.shared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Just enough of Java's lexical structure: comments, string literals, text blocks, char literals. */
final class JavaText {

    private JavaText() {
    }

    /** The source without its comments and with every literal emptied (for annotations and declarations). */
    static String code(String text) {
        StringBuilder code = new StringBuilder();
        for (Token token : tokens(text)) {
            code.append(token.literal() ? "\"\"" : token.text());
        }
        return code.toString();
    }

    /**
     * The query texts of a source: each chain of literals joined by {@code +}, a {@code String} variable or
     * constant of the file replaced by its value (other names by a blank).
     */
    static List<String> queryTexts(String text) {
        List<Token> tokens = new ArrayList<>();
        for (Token token : tokens(text)) {
            if (token.literal() || !token.text().isBlank()) {
                tokens.add(token);
            }
        }
        Map<String, String> constants = new HashMap<>();
        List<String> texts = new ArrayList<>();
        StringBuilder chain = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean joined = i > 0 && tokens.get(i - 1).text().equals("+") && chain != null;
            String value = token.literal() ? token.text() : constants.get(token.text());
            if (value == null && joined && token.text().matches("\\w+")) {
                value = " ";
            }
            if (value == null) {
                if (!token.text().equals("+") && chain != null) {
                    texts.add(chain.toString());
                    chain = null;
                }
                continue;
            }
            if (!joined) {
                if (chain != null) {
                    texts.add(chain.toString());
                }
                chain = new StringBuilder();
                if (i >= 3 && tokens.get(i - 1).text().equals("=") && tokens.get(i - 3).text().equals("String")) {
                    int at = i - 2;
                    chain.append(value);
                    String name = tokens.get(at).text();
                    int end = i + 1;
                    while (end + 1 < tokens.size() && tokens.get(end).text().equals("+")) {
                        Token next = tokens.get(end + 1);
                        String part = next.literal() ? next.text() : constants.getOrDefault(next.text(), " ");
                        chain.append(part);
                        end += 2;
                    }
                    constants.put(name, chain.toString());
                    texts.add(chain.toString());
                    chain = null;
                    i = end - 1;
                    continue;
                }
            }
            chain.append(value);
        }
        if (chain != null) {
            texts.add(chain.toString());
        }
        return texts;
    }

    /** A literal's value, or a piece of code: a word, one symbol, a run of blanks (comments become blanks). */
    record Token(String text, boolean literal) {
    }

    static List<Token> tokens(String s) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                int end = s.indexOf('\n', i);
                i = end < 0 ? s.length() : end;
                tokens.add(new Token(" ", false));
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
                tokens.add(new Token(" ", false));
            } else if (s.startsWith("\"\"\"", i)) {
                int start = s.indexOf('\n', i) + 1;
                int end = start;
                while (!s.startsWith("\"\"\"", end) || s.charAt(end - 1) == '\\') {
                    end++;
                }
                tokens.add(new Token(s.substring(start, end).replaceAll("\\s+", " "), true));
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                StringBuilder value = new StringBuilder();
                int j = i + 1;
                while (s.charAt(j) != c) {
                    if (s.charAt(j) == '\\') {
                        j++;
                    }
                    value.append(s.charAt(j));
                    j++;
                }
                tokens.add(new Token(value.toString(), c == '"'));
                i = j + 1;
            } else if (Character.isJavaIdentifierPart(c)) {
                int j = i;
                while (j < s.length() && Character.isJavaIdentifierPart(s.charAt(j))) {
                    j++;
                }
                tokens.add(new Token(s.substring(i, j), false));
                i = j;
            } else if (Character.isWhitespace(c)) {
                int j = i;
                while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
                    j++;
                }
                tokens.add(new Token(s.substring(i, j), false));
                i = j;
            } else {
                tokens.add(new Token(String.valueOf(c), false));
                i++;
            }
        }
        return tokens;
    }
}
