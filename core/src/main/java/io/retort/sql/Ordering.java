package io.retort.sql;

import io.retort.internal.Checks;

/**
 * One ORDER BY item: an expression, a direction and where NULLs go. Immutable.
 *
 * <pre>{@code
 * select(name).orderBy(age.desc().nullsLast(), name.asc());
 * }</pre>
 */
public final class Ordering implements SortKey {

    /** Where NULL values sort. */
    public enum Nulls {
        /** The database's default. */
        DEFAULT,
        /** NULLs before every value. */
        FIRST,
        /** NULLs after every value. */
        LAST
    }

    private final Expr<?> expr;
    private final boolean descending;
    private final Nulls nulls;

    Ordering(Expr<?> expr, boolean descending, Nulls nulls) {
        this.expr = Checks.notNull(expr, "expr");
        this.descending = descending;
        this.nulls = nulls;
    }

    /** This ordering with NULLs first, on every dialect. */
    public Ordering nullsFirst() {
        return new Ordering(expr, descending, Nulls.FIRST);
    }

    /** This ordering with NULLs last, on every dialect. */
    public Ordering nullsLast() {
        return new Ordering(expr, descending, Nulls.LAST);
    }

    /** The expression sorted on. */
    public Expr<?> expr() {
        return expr;
    }

    /** Whether the order is descending. */
    public boolean descending() {
        return descending;
    }

    /** Where NULLs go. */
    public Nulls nulls() {
        return nulls;
    }

    @Override
    public String toString() {
        return expr + (descending ? " DESC" : " ASC") + (nulls == Nulls.DEFAULT ? "" : " NULLS " + nulls);
    }
}
