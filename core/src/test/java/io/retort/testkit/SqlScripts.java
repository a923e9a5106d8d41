package io.retort.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a SQL script into statements at semicolons outside string literals, quoted names and
 * comments, and leaves out client commands ({@code \c}) and the statements that create, drop or
 * switch databases, so a dump can be loaded into a database of the test's choosing.
 */
public final class SqlScripts {

    private SqlScripts() {
    }

    /** The statements of {@code script}, without comments. */
    public static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (c == '/' && script.startsWith("/*", i)) {
                int end = script.indexOf("*/", i + 2);
                i = end < 0 ? script.length() : end + 2;
            } else if (c == '-' && script.startsWith("--", i)) {
                int end = script.indexOf('\n', i);
                i = end < 0 ? script.length() : end;
            } else if (c == '\\' && current.toString().isBlank()) {
                int end = script.indexOf('\n', i);
                i = end < 0 ? script.length() : end;
            } else if (c == '\'' || c == '"' || c == '`') {
                int end = closingQuote(script, i, c);
                current.append(script, i, end);
                i = end;
            } else if (c == ';') {
                add(statements, current.toString());
                current.setLength(0);
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        add(statements, current.toString());
        return statements;
    }

    private static int closingQuote(String script, int start, char quote) {
        int i = start + 1;
        while (i < script.length()) {
            if (script.charAt(i) == quote) {
                if (i + 1 < script.length() && script.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return i;
    }

    private static void add(List<String> statements, String statement) {
        String sql = statement.trim();
        String upper = sql.toUpperCase(Locale.ROOT);
        if (sql.isEmpty() || upper.startsWith("CREATE DATABASE") || upper.startsWith("DROP DATABASE")
                || upper.startsWith("USE ")) {
            return;
        }
        statements.add(sql);
    }
}
