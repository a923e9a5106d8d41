package io.retort.sql.internal.expr;

import java.util.List;

import io.retort.sql.Expr;

/** Conditions joined by AND ({@code conjunction}) or OR, parenthesized when nested. */
public record Junction(boolean conjunction, List<Expr<Boolean>> terms) implements Expr<Boolean> {

    public Junction {
        terms = List.copyOf(terms);
    }
}
