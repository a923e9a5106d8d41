package io.retort.sql.internal;

import io.retort.sql.Expr;

/**
 * The SPI by which a higher layer's object is a column: an ORM attribute ({@code User_.name}) or
 * a schema {@code Column} implements it by returning its {@link ColumnRef}, and the compiler
 * renders it exactly as that column. Every {@link Expr} operator then works on it. Not user API.
 *
 * <pre>{@code
 * final class StringAttribute implements ColumnExpression<String> {
 *     private final ColumnRef<String> column;
 *     public ColumnRef<String> columnRef() { return column; }
 * }
 * }</pre>
 */
public interface ColumnExpression<T> extends Expr<T> {

    /** The column this expression stands for. */
    ColumnRef<T> columnRef();
}
