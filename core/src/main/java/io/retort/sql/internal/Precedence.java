package io.retort.sql.internal;

import io.retort.sql.Expr;
import io.retort.sql.internal.expr.Between;
import io.retort.sql.internal.expr.Binary;
import io.retort.sql.internal.expr.InList;
import io.retort.sql.internal.expr.InSelect;
import io.retort.sql.internal.expr.Junction;
import io.retort.sql.internal.expr.Like;
import io.retort.sql.internal.expr.Not;
import io.retort.sql.internal.expr.NullTest;

/** How tightly each node binds, so the renderer adds only the parentheses SQL needs. */
final class Precedence {

    static final int OR = 1;
    static final int AND = 2;
    static final int NOT = 3;
    static final int COMPARISON = 4;
    static final int ARITHMETIC = 5;
    static final int MULTIPLICATIVE = 6;
    static final int ATOM = 7;

    private Precedence() {
    }

    static int of(Expr<?> expr) {
        if (Columns.columnOf(expr) != null) {
            return ATOM;
        }
        if (expr instanceof Junction junction) {
            return junction.terms().size() <= 1 ? ATOM : junction.conjunction() ? AND : OR;
        }
        if (expr instanceof Not) {
            return NOT;
        }
        if (expr instanceof Binary<?> binary) {
            return switch (binary.operator()) {
                case PLUS, MINUS -> ARITHMETIC;
                case TIMES, DIV -> MULTIPLICATIVE;
                default -> COMPARISON;
            };
        }
        if (expr instanceof Like || expr instanceof InList || expr instanceof InSelect || expr instanceof NullTest
                || expr instanceof Between) {
            return COMPARISON;
        }
        return ATOM;
    }
}
