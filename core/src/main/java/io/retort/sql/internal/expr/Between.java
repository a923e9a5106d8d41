package io.retort.sql.internal.expr;

import io.retort.sql.Expr;

/** {@code subject BETWEEN low AND high}. */
public record Between(Expr<?> subject, Expr<?> low, Expr<?> high) implements Expr<Boolean> {
}
