package io.retort.sql.internal.expr;

import io.retort.sql.Expr;

/** {@code expr AS name} in a select list; elsewhere just {@code expr}. */
public record Label<T>(Expr<T> expr, String name) implements Expr<T> {
}
