package io.retort.sql.internal.expr;

import io.retort.sql.Expr;
import io.retort.sql.Select;

/** {@code (subquery)} used as a value; the subquery selects one column and at most one row. */
public record ScalarSubquery<T>(Select select) implements Expr<T> {
}
