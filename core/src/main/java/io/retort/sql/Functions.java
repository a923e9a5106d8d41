package io.retort.sql;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import io.retort.internal.Checks;
import io.retort.sql.internal.expr.BindValue;
import io.retort.sql.internal.expr.FunctionCall;

/**
 * SQL functions, reached as {@code Sql.func}: the common aggregates and string functions, and
 * {@link #call} for any other. Every argument value is a bind parameter.
 *
 * <pre>{@code
 * select(func.count(), func.max(age), func.lower(name)).groupBy(name).having(func.count().gt(1L));
 * func.call("length", name);   // any function by name
 * }</pre>
 */
public final class Functions {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    Functions() {
    }

    /** {@code COUNT(*)}. */
    public Expr<Long> count() {
        return new FunctionCall<>("COUNT", List.of(), true, true);
    }

    /** {@code COUNT(expr)}: the rows where {@code expr} is not null. */
    public Expr<Long> count(Expr<?> expr) {
        return aggregate("COUNT", expr);
    }

    /** {@code SUM(expr)}; the database decides the result's numeric type. */
    public <T> Expr<T> sum(Expr<T> expr) {
        return aggregate("SUM", expr);
    }

    /** {@code AVG(expr)}; the database decides the result's numeric type. */
    public Expr<Number> avg(Expr<?> expr) {
        return aggregate("AVG", expr);
    }

    /** {@code MIN(expr)}. */
    public <T> Expr<T> min(Expr<T> expr) {
        return aggregate("MIN", expr);
    }

    /** {@code MAX(expr)}. */
    public <T> Expr<T> max(Expr<T> expr) {
        return aggregate("MAX", expr);
    }

    /** {@code LOWER(expr)}. */
    public Expr<String> lower(Expr<String> expr) {
        return plain("LOWER", List.of(Checks.notNull(expr, "expr")));
    }

    /** {@code UPPER(expr)}. */
    public Expr<String> upper(Expr<String> expr) {
        return plain("UPPER", List.of(Checks.notNull(expr, "expr")));
    }

    /** {@code COALESCE(expressions...)}: the first that is not null. */
    @SafeVarargs
    public final <T> Expr<T> coalesce(Expr<? extends T>... expressions) {
        return plain("COALESCE", Arrays.asList(Checks.notNull(expressions, "expressions")));
    }

    /** {@code COALESCE(expr, fallback)}, the fallback bound against {@code expr}. */
    public <T> Expr<T> coalesce(Expr<T> expr, T fallback) {
        return plain("COALESCE", List.of(Checks.notNull(expr, "expr"), BindValue.against(expr, Checks.notNull(fallback,
                "fallback"))));
    }

    /** {@code name(arguments)} for any function; {@code name} is a plain (optionally schema-qualified) identifier. */
    public <T> Expr<T> call(String name, Expr<?>... arguments) {
        if (!NAME.matcher(Checks.notNull(name, "name")).matches()) {
            throw new IllegalArgumentException("Function name '" + name + "' is not a plain SQL identifier;"
                    + " use letters, digits and underscores, optionally qualified as schema.function");
        }
        return plain(name, Arrays.asList(Checks.notNull(arguments, "arguments")));
    }

    private static <T> Expr<T> aggregate(String name, Expr<?> expr) {
        return new FunctionCall<>(name, List.of(Checks.notNull(expr, "expr")), false, true);
    }

    private static <T> Expr<T> plain(String name, List<? extends Expr<?>> arguments) {
        for (Expr<?> argument : arguments) {
            Checks.notNull(argument, "argument");
        }
        return new FunctionCall<>(name, List.copyOf(arguments), false, false);
    }
}
