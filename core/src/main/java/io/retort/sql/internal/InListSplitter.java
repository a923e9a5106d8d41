package io.retort.sql.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.retort.internal.engine.SqlStatement;
import io.retort.sql.Expr;
import io.retort.sql.internal.expr.InList;

import org.jspecify.annotations.Nullable;

/**
 * Splits a statement whose IN list exceeds the dialect's bind-parameter limit into several,
 * each with a slice of the list's largest top-level {@code IN} condition: the union of their
 * results is the result of the whole.
 */
final class InListSplitter {

    private InListSplitter() {
    }

    static List<SqlStatement> split(List<Expr<Boolean>> where, @Nullable String unsafeBecause, SqlSyntax syntax,
            Consumer<RenderContext> render) {
        SqlStatement whole = SqlCompiler.once(render, syntax);
        int limit = syntax.maxBindParameters();
        if (whole.parameters().size() <= limit) {
            return List.of(whole);
        }
        InList largest = largest(where);
        if (largest == null || largest.negated() || unsafeBecause != null) {
            throw new IllegalArgumentException("This statement has " + whole.parameters().size()
                    + " bind parameters, more than this database takes in one statement (" + limit + "), and cannot"
                    + " be split " + (unsafeBecause != null ? "because " + unsafeBecause
                    : "on a top-level IN list") + " [SQL: " + abbreviate(whole.sql()) + "]");
        }
        int others = whole.parameters().size() - largest.values().size();
        int slice = limit - others;
        if (slice < 1) {
            throw new IllegalArgumentException("This statement has " + others + " bind parameters besides its IN list,"
                    + " more than this database takes in one statement (" + limit + ")");
        }
        List<SqlStatement> statements = new ArrayList<>();
        for (int start = 0; start < largest.values().size(); start += slice) {
            List<Object> part = largest.values().subList(start, Math.min(largest.values().size(), start + slice));
            RenderContext ctx = new RenderContext(syntax);
            ctx.overrideValues(largest, part);
            render.accept(ctx);
            statements.add(ctx.statement());
        }
        return List.copyOf(statements);
    }

    private static @Nullable InList largest(List<Expr<Boolean>> where) {
        InList largest = null;
        for (Expr<Boolean> term : where) {
            if (term instanceof InList in && (largest == null || in.values().size() > largest.values().size())) {
                largest = in;
            }
        }
        return largest;
    }

    private static String abbreviate(String sql) {
        return sql.length() <= 200 ? sql : sql.substring(0, 200) + "...";
    }
}
