package io.retort.internal.engine;

import java.util.List;

/**
 * One statement ready to send: SQL with the dialect's positional bind markers and the values in
 * marker order. Values are sent as they are; use {@link TypedNull} for a null.
 *
 * @param sql the SQL text
 * @param parameters the values, in bind-marker order
 * @param generatedColumns columns whose generated values the driver should return (empty: none)
 * @param fetchSize rows to fetch per round trip where the driver supports it (0: driver default)
 */
public record SqlStatement(String sql, List<Object> parameters, List<String> generatedColumns, int fetchSize) {

    public SqlStatement {
        parameters = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(parameters));
        generatedColumns = List.copyOf(generatedColumns);
    }

    /** A statement with no generated columns and the driver's default fetch size. */
    public static SqlStatement of(String sql, List<Object> parameters) {
        return new SqlStatement(sql, parameters, List.of(), 0);
    }

    public SqlStatement withGeneratedColumns(List<String> columns) {
        return new SqlStatement(sql, parameters, columns, fetchSize);
    }

    public SqlStatement withFetchSize(int rows) {
        return new SqlStatement(sql, parameters, generatedColumns, rows);
    }
}
