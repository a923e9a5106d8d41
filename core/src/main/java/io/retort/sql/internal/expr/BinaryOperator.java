package io.retort.sql.internal.expr;

/** The infix operators of comparisons and arithmetic, with their SQL spelling. */
public enum BinaryOperator {
    EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">="), PLUS("+"), MINUS("-"), TIMES("*"), DIV("/");

    private final String sql;

    BinaryOperator(String sql) {
        this.sql = sql;
    }

    /** The operator as SQL writes it. */
    public String sql() {
        return sql;
    }
}
