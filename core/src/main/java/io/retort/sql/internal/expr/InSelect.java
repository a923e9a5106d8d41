package io.retort.sql.internal.expr;

import io.retort.sql.Expr;
import io.retort.sql.Select;

/** {@code subject [NOT] IN (subquery)}. */
public record InSelect(Expr<?> subject, Select select, boolean negated) implements Expr<Boolean> {
}
