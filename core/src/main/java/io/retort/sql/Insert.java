package io.retort.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.retort.internal.Checks;

import org.jspecify.annotations.Nullable;

/**
 * An INSERT of one or more rows ({@code VALUES (..), (..)}), optionally returning columns of the
 * inserted rows (generated keys). Immutable. Many rows become one multi-row statement, split only
 * where the driver's bind-parameter limit requires it.
 *
 * <pre>{@code
 * engine.execute(insert(users).columns(name, age).values("ed", 30).values("wendy", 17).returning(id))
 *       .map(row -> row.get(0, Long.class));
 * }</pre>
 *
 * <p>Returned columns use {@code RETURNING} on PostgreSQL, a data-change delta table on H2 and the
 * driver's generated keys on MySQL/MariaDB (where only the auto-increment key can be returned).
 */
public final class Insert implements Executable {

    private final FromItem table;
    private final List<Expr<?>> columns;
    private final List<List<@Nullable Object>> rows;
    private final List<Expr<?>> returning;

    Insert(FromItem table, List<Expr<?>> columns, List<List<@Nullable Object>> rows, List<Expr<?>> returning) {
        this.table = table;
        this.columns = columns;
        this.rows = rows;
        this.returning = returning;
    }

    /** This insert with its column list set to {@code names}. */
    public Insert columns(Expr<?>... names) {
        return new Insert(table, List.copyOf(Arrays.asList(Checks.notNull(names, "columns"))), rows, returning);
    }

    /** This insert with one more row; one value per column, in column order. */
    public Insert values(@Nullable Object... row) {
        return new Insert(table, columns, Rows.append(rows, row, columns.size()), returning);
    }

    /** This insert with every row of {@code more} added. */
    public Insert rows(List<? extends List<?>> more) {
        List<List<@Nullable Object>> out = rows;
        for (List<?> row : Checks.notNull(more, "rows")) {
            out = Rows.append(out, row.toArray(), columns.size());
        }
        return new Insert(table, columns, out, returning);
    }

    /** This insert returning {@code names} of each inserted row. */
    public Insert returning(Expr<?>... names) {
        List<Expr<?>> out = new ArrayList<>(returning);
        out.addAll(Arrays.asList(Checks.notNull(names, "returning")));
        return new Insert(table, columns, rows, List.copyOf(out));
    }

    public FromItem table() {
        return table;
    }

    public List<Expr<?>> columnList() {
        return columns;
    }

    public List<List<@Nullable Object>> rowList() {
        return rows;
    }

    public List<Expr<?>> returningList() {
        return returning;
    }
}
