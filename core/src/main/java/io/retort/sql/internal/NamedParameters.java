package io.retort.sql.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds {@code :name} parameters in SQL text, skipping string literals, quoted identifiers,
 * comments and PostgreSQL's {@code ::} casts.
 */
public final class NamedParameters {

    /** A parameter occurrence: its name and where it stands in the text. */
    public record Occurrence(String name, int start, int end) {
    }

    private NamedParameters() {
    }

    /** Every {@code :name} occurrence in {@code sql}, in order. */
    public static List<Occurrence> find(String sql) {
        List<Occurrence> found = new ArrayList<>();
        int length = sql.length();
        int i = 0;
        while (i < length) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = skipQuoted(sql, i, c);
            } else if (c == '-' && i + 1 < length && sql.charAt(i + 1) == '-') {
                int newline = sql.indexOf('\n', i);
                i = newline < 0 ? length : newline + 1;
            } else if (c == '/' && i + 1 < length && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? length : close + 2;
            } else if (c == ':' && i + 1 < length && sql.charAt(i + 1) == ':') {
                i += 2;
            } else if (c == ':' && i + 1 < length && Character.isJavaIdentifierStart(sql.charAt(i + 1))
                    && (i == 0 || sql.charAt(i - 1) != ':')) {
                int end = i + 1;
                while (end < length && Character.isJavaIdentifierPart(sql.charAt(end))) {
                    end++;
                }
                found.add(new Occurrence(sql.substring(i + 1, end), i, end));
                i = end;
            } else {
                i++;
            }
        }
        return found;
    }

    private static int skipQuoted(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            if (c == '\\' && quote != '"') {
                i += 2;
                continue;
            }
            i++;
        }
        return i;
    }
}
