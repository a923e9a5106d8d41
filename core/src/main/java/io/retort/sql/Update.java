package io.retort.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.retort.internal.Checks;
import io.retort.sql.internal.expr.BindValue;

import org.jspecify.annotations.Nullable;

/**
 * An UPDATE: {@code SET column = value or expression} for the rows matching its WHERE clause.
 * Immutable; run it with {@code executeUpdate} for the changed-row count.
 *
 * <pre>{@code
 * engine.executeUpdate(update(users).set(age, age.plus(1)).set(name, "ed").where(id.eq(5L)));
 * }</pre>
 */
public final class Update implements Executable {

    /** One assignment {@code column = value}. */
    public record Assignment(Expr<?> column, Expr<?> value) {
    }

    private final FromItem table;
    private final List<Assignment> assignments;
    private final List<Expr<Boolean>> where;

    Update(FromItem table, List<Assignment> assignments, List<Expr<Boolean>> where) {
        this.table = table;
        this.assignments = assignments;
        this.where = where;
    }

    /** This update also setting {@code column} to {@code value} (null sets NULL). */
    public <T> Update set(Expr<T> column, @Nullable T value) {
        return with(new Assignment(Checks.notNull(column, "column"), BindValue.against(column, value)));
    }

    /** This update also setting {@code column} to the expression {@code value}. */
    public <T> Update set(Expr<T> column, Expr<? extends T> value) {
        return with(new Assignment(Checks.notNull(column, "column"), Checks.notNull(value, "value")));
    }

    /** This update with {@code conditions} ANDed to its WHERE clause. */
    @SafeVarargs
    public final Update where(Expr<Boolean>... conditions) {
        List<Expr<Boolean>> out = new ArrayList<>(where);
        out.addAll(Arrays.asList(Checks.notNull(conditions, "conditions")));
        return new Update(table, assignments, List.copyOf(out));
    }

    public FromItem table() {
        return table;
    }

    public List<Assignment> assignments() {
        return assignments;
    }

    public List<Expr<Boolean>> whereClause() {
        return where;
    }

    private Update with(Assignment assignment) {
        List<Assignment> out = new ArrayList<>(assignments);
        out.add(assignment);
        return new Update(table, List.copyOf(out), where);
    }
}
