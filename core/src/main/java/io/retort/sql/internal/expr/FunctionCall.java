package io.retort.sql.internal.expr;

import java.util.List;

import io.retort.sql.Expr;

/**
 * {@code name(args)}, or {@code name(*)} when {@code star}. {@code aggregate} marks functions
 * that fold rows (a statement using one cannot be split into chunks).
 */
public record FunctionCall<T>(String name, List<Expr<?>> arguments, boolean star, boolean aggregate)
        implements Expr<T> {

    public FunctionCall {
        arguments = List.copyOf(arguments);
    }
}
