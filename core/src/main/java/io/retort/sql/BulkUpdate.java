package io.retort.sql;

import java.util.Arrays;
import java.util.List;

import io.retort.internal.Checks;

import org.jspecify.annotations.Nullable;

/**
 * An UPDATE of many rows, each with its own values, in one statement: rows are matched on key
 * columns and their other columns set. PostgreSQL joins {@code unnest} of one array per column
 * (one statement text for any row count), MySQL/MariaDB join a {@code SELECT .. UNION ALL} list
 * and H2 merges from a VALUES list. Immutable; {@code executeUpdate} gives the matched rows.
 *
 * <pre>{@code
 * engine.executeUpdate(bulkUpdate(users).keys(id).columns(age).row(1L, 31).row(2L, 18));
 * }</pre>
 */
public final class BulkUpdate implements Executable {

    private final FromItem table;
    private final List<Expr<?>> keys;
    private final List<Expr<?>> columns;
    private final List<List<@Nullable Object>> rows;

    BulkUpdate(FromItem table, List<Expr<?>> keys, List<Expr<?>> columns, List<List<@Nullable Object>> rows) {
        this.table = table;
        this.keys = keys;
        this.columns = columns;
        this.rows = rows;
    }

    /** This update matching rows on {@code keyColumns}. */
    public BulkUpdate keys(Expr<?>... keyColumns) {
        return new BulkUpdate(table, List.copyOf(Arrays.asList(Checks.notNull(keyColumns, "keys"))), columns, rows);
    }

    /** This update setting {@code setColumns}. */
    public BulkUpdate columns(Expr<?>... setColumns) {
        return new BulkUpdate(table, keys, List.copyOf(Arrays.asList(Checks.notNull(setColumns, "columns"))), rows);
    }

    /** One more row: the key values first, then the new values, in the order given to keys and columns. */
    public BulkUpdate row(@Nullable Object... values) {
        return new BulkUpdate(table, keys, columns, Rows.append(rows, values, keys.size() + columns.size()));
    }

    public FromItem table() {
        return table;
    }

    public List<Expr<?>> keyList() {
        return keys;
    }

    public List<Expr<?>> columnList() {
        return columns;
    }

    public List<List<@Nullable Object>> rowList() {
        return rows;
    }
}
