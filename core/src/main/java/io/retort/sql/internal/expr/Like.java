package io.retort.sql.internal.expr;

import io.retort.sql.Expr;

/** {@code subject [NOT] [I]LIKE pattern ESCAPE escape}. */
public record Like(Expr<?> subject, Expr<?> pattern, Kind kind, char escape) implements Expr<Boolean> {

    /** The LIKE flavours. */
    public enum Kind {
        LIKE, ILIKE, NOT_LIKE
    }
}
