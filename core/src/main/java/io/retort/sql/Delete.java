package io.retort.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.retort.internal.Checks;

/**
 * A DELETE of the rows matching its WHERE clause (all rows without one). Immutable.
 *
 * <pre>{@code
 * engine.executeUpdate(delete(users).where(id.in(List.of(1L, 2L, 3L))));
 * }</pre>
 */
public final class Delete implements Executable {

    private final FromItem table;
    private final List<Expr<Boolean>> where;

    Delete(FromItem table, List<Expr<Boolean>> where) {
        this.table = table;
        this.where = where;
    }

    /** This delete with {@code conditions} ANDed to its WHERE clause. */
    @SafeVarargs
    public final Delete where(Expr<Boolean>... conditions) {
        List<Expr<Boolean>> out = new ArrayList<>(where);
        out.addAll(Arrays.asList(Checks.notNull(conditions, "conditions")));
        return new Delete(table, List.copyOf(out));
    }

    public FromItem table() {
        return table;
    }

    public List<Expr<Boolean>> whereClause() {
        return where;
    }
}
