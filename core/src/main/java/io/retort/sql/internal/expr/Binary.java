package io.retort.sql.internal.expr;

import io.retort.sql.Expr;

/** {@code left op right}: a comparison or an arithmetic operation. */
public record Binary<T>(Expr<?> left, BinaryOperator operator, Expr<?> right) implements Expr<T> {
}
