package io.retort.sql.internal;

import io.retort.sql.FromItem;
import io.retort.sql.Select;

/**
 * A SELECT used as a table: {@code (SELECT ...) AS alias}. Made by {@link Select#subquery(String)};
 * its columns are named by the select's labels or column names. Not user API.
 *
 * <pre>{@code
 * DerivedTable totals = select(userId.label("uid"), func.count().label("n")).groupBy(userId).subquery("totals");
 * select(totals.column("n", Long.class)).from(totals);
 * }</pre>
 */
public record DerivedTable(Select select, String alias) implements FromItem {

    /** The column {@code name} of this derived table. */
    public <T> ColumnRef<T> column(String name, Class<T> type) {
        return ColumnRef.of(this, name, type);
    }
}
