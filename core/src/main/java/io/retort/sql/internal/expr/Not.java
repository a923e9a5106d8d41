package io.retort.sql.internal.expr;

import io.retort.sql.Expr;

/** {@code NOT (condition)}. */
public record Not(Expr<Boolean> condition) implements Expr<Boolean> {
}
