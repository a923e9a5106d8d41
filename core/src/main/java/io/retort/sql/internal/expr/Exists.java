package io.retort.sql.internal.expr;

import io.retort.sql.Expr;
import io.retort.sql.Select;

/** {@code EXISTS (subquery)}; the subquery correlates to the enclosing query's tables. */
public record Exists(Select select) implements Expr<Boolean> {
}
