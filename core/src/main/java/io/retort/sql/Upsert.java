package io.retort.sql;

import java.util.Arrays;
import java.util.List;

import io.retort.internal.Checks;

import org.jspecify.annotations.Nullable;

/**
 * Insert rows, or update the existing row with the same key: {@code INSERT .. ON CONFLICT (keys)
 * DO UPDATE} on PostgreSQL, {@code INSERT .. ON DUPLICATE KEY UPDATE} on MySQL/MariaDB and
 * {@code MERGE INTO .. KEY (keys) VALUES} on H2. The conflict keys must be a primary key or a
 * unique key; every other column given is updated. Immutable. The count {@code executeUpdate}
 * emits is the database's: MySQL counts an updated row twice, PostgreSQL and H2 once.
 *
 * <pre>{@code
 * engine.executeUpdate(upsert(users).columns(id, name).onConflict(id).values(1L, "ed").values(2L, "wendy"));
 * }</pre>
 */
public final class Upsert implements Executable {

    private final FromItem table;
    private final List<Expr<?>> columns;
    private final List<Expr<?>> keys;
    private final List<List<@Nullable Object>> rows;

    Upsert(FromItem table, List<Expr<?>> columns, List<Expr<?>> keys, List<List<@Nullable Object>> rows) {
        this.table = table;
        this.columns = columns;
        this.keys = keys;
        this.rows = rows;
    }

    /** This upsert with its column list set to {@code names}, the keys among them. */
    public Upsert columns(Expr<?>... names) {
        return new Upsert(table, List.copyOf(Arrays.asList(Checks.notNull(names, "columns"))), keys, rows);
    }

    /** This upsert matching existing rows on {@code keyColumns}, which must be among its columns. */
    public Upsert onConflict(Expr<?>... keyColumns) {
        return new Upsert(table, columns, List.copyOf(Arrays.asList(Checks.notNull(keyColumns, "keys"))), rows);
    }

    /** This upsert with one more row; one value per column, in column order. */
    public Upsert values(@Nullable Object... row) {
        return new Upsert(table, columns, keys, Rows.append(rows, row, columns.size()));
    }

    public FromItem table() {
        return table;
    }

    public List<Expr<?>> columnList() {
        return columns;
    }

    public List<Expr<?>> keyList() {
        return keys;
    }

    public List<List<@Nullable Object>> rowList() {
        return rows;
    }
}
