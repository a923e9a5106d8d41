package io.retort.sql.internal.expr;

import io.retort.sql.Expr;

/** {@code subject IS [NOT] NULL}. */
public record NullTest(Expr<?> subject, boolean negated) implements Expr<Boolean> {
}
