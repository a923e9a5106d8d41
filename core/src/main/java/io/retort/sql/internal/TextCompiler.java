package io.retort.sql.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.retort.internal.engine.SqlStatement;

import org.jspecify.annotations.Nullable;

/** Compiles SQL text with {@code :name} parameters into a statement with the dialect's bind markers. */
public final class TextCompiler {

    private TextCompiler() {
    }

    /**
     * Replaces each {@code :name} with a positional marker and lines up the values; every name
     * must be bound and every bound name used.
     */
    public static SqlStatement compile(String sql, Map<String, @Nullable Object> values, SqlSyntax syntax) {
        List<NamedParameters.Occurrence> occurrences = NamedParameters.find(sql);
        StringBuilder out = new StringBuilder(sql.length() + occurrences.size() * 2);
        List<Object> parameters = new ArrayList<>(occurrences.size());
        Set<String> used = new TreeSet<>();
        int last = 0;
        for (NamedParameters.Occurrence occurrence : occurrences) {
            if (!values.containsKey(occurrence.name())) {
                throw new IllegalArgumentException("SQL parameter ':" + occurrence.name() + "' has no value; call .bind(\""
                        + occurrence.name() + "\", value) before executing [SQL: " + sql + "]");
            }
            out.append(sql, last, occurrence.start()).append(syntax.bindMarker(parameters.size()));
            parameters.add(values.get(occurrence.name()));
            used.add(occurrence.name());
            last = occurrence.end();
        }
        out.append(sql, last, sql.length());
        for (String name : values.keySet()) {
            if (!used.contains(name)) {
                throw new IllegalArgumentException("A value is bound to '" + name + "' but the SQL has no ':" + name
                        + "' parameter; its parameters are " + used + " [SQL: " + sql + "]");
            }
        }
        return SqlStatement.of(out.toString(), parameters);
    }
}
