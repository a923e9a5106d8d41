package io.retort.sql.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import io.retort.internal.engine.SqlStatement;
import io.retort.sql.BulkUpdate;
import io.retort.sql.Delete;
import io.retort.sql.Executable;
import io.retort.sql.Expr;
import io.retort.sql.Insert;
import io.retort.sql.Select;
import io.retort.sql.Update;
import io.retort.sql.Upsert;

import org.jspecify.annotations.Nullable;

/**
 * The one compiler: turns a statement tree into {@link SqlStatement}s with the dialect's bind
 * markers and the values in marker order. Every value is a bind parameter and every identifier
 * is quoted by {@link SqlSyntax#quote}. A statement becomes several only where one would exceed
 * the dialect's bind-parameter limit or preferred batch size: multi-row statements are split by
 * rows, and a select, update or delete by its largest top-level IN list. Not user API.
 *
 * <pre>{@code
 * List<SqlStatement> statements = SqlCompiler.compile(select(name).where(age.gt(18)), dialect.syntax());
 * }</pre>
 */
public final class SqlCompiler {

    private SqlCompiler() {
    }

    /** The statements that run {@code statement} on a database spelling SQL as {@code syntax} does. */
    public static List<SqlStatement> compile(Executable statement, SqlSyntax syntax) {
        if (statement instanceof Insert insert) {
            return byRows(insert.rowList(), insert.columnList().size(), syntax.preferredRowsPerStatement(), syntax,
                    (rows, ctx) -> new DmlRenderer(new SelectRenderer()).insert(insert, rows, ctx))
                    .stream().map(compiled -> withGeneratedKeys(compiled, insert, syntax)).toList();
        }
        if (statement instanceof Upsert upsert) {
            return byRows(upsert.rowList(), upsert.columnList().size(), syntax.preferredRowsPerStatement(), syntax,
                    (rows, ctx) -> new UpsertRenderer(new DmlRenderer(new SelectRenderer())).render(upsert, rows, ctx));
        }
        if (statement instanceof BulkUpdate update) {
            BiConsumer<List<List<@Nullable Object>>, RenderContext> render =
                    (rows, ctx) -> new BulkUpdateRenderer(new DmlRenderer(new SelectRenderer())).render(update, rows, ctx);
            if (syntax.bulkUpdateStyle() == SqlSyntax.BulkUpdateStyle.UNNEST_ARRAYS) {
                return List.of(once(ctx -> render.accept(update.rowList(), ctx), syntax));
            }
            // One statement per bulk update unless the bind limit forbids it (PERF-NOTES: 1,000 rows in 8.8 ms on MariaDB).
            return byRows(update.rowList(), update.keyList().size() + update.columnList().size(), Integer.MAX_VALUE,
                    syntax, render);
        }
        if (statement instanceof Select select) {
            return InListSplitter.split(select.whereClause(), ChunkSafety.of(select), syntax,
                    ctx -> new SelectRenderer().render(select, ctx));
        }
        if (statement instanceof Update update) {
            return InListSplitter.split(update.whereClause(), null, syntax,
                    ctx -> new DmlRenderer(new SelectRenderer()).update(update, ctx));
        }
        if (statement instanceof Delete delete) {
            return InListSplitter.split(delete.whereClause(), null, syntax,
                    ctx -> new DmlRenderer(new SelectRenderer()).delete(delete, ctx));
        }
        throw new IllegalArgumentException("Retort cannot compile a " + statement.getClass().getName()
                + "; run a Select, Insert, Update, Delete, Upsert or BulkUpdate");
    }

    /** The single statement for {@code statement}; an error if it would have to be split. */
    public static SqlStatement compileOne(Executable statement, SqlSyntax syntax) {
        List<SqlStatement> compiled = compile(statement, syntax);
        if (compiled.size() != 1) {
            throw new IllegalArgumentException("This statement needs " + compiled.size() + " statements on this"
                    + " database (too many bind parameters for one); it cannot be used as one");
        }
        return compiled.get(0);
    }

    /** {@code expr} alone, as a SQL fragment with its values (for tests and diagnostics). */
    public static SqlStatement compileExpression(Expr<?> expr, SqlSyntax syntax) {
        return once(ctx -> new SelectRenderer().expressions().render(expr, ctx), syntax);
    }

    static SqlStatement once(java.util.function.Consumer<RenderContext> render, SqlSyntax syntax) {
        RenderContext ctx = new RenderContext(syntax);
        render.accept(ctx);
        return ctx.statement();
    }

    private static List<SqlStatement> byRows(List<List<@Nullable Object>> rows, int width, int preferredRows,
            SqlSyntax syntax, BiConsumer<List<List<@Nullable Object>>, RenderContext> render) {
        int perStatement = Math.max(1, Math.min(preferredRows,
                syntax.maxBindParameters() / Math.max(1, width)));
        if (rows.size() <= perStatement) {
            return List.of(once(ctx -> render.accept(rows, ctx), syntax));
        }
        List<SqlStatement> statements = new ArrayList<>();
        for (int start = 0; start < rows.size(); start += perStatement) {
            List<List<@Nullable Object>> chunk = rows.subList(start, Math.min(rows.size(), start + perStatement));
            statements.add(once(ctx -> render.accept(chunk, ctx), syntax));
        }
        return List.copyOf(statements);
    }

    private static SqlStatement withGeneratedKeys(SqlStatement compiled, Insert insert, SqlSyntax syntax) {
        if (insert.returningList().isEmpty() || syntax.returningStyle() != SqlSyntax.ReturningStyle.GENERATED_KEYS) {
            return compiled;
        }
        List<String> names = new ArrayList<>();
        for (Expr<?> column : insert.returningList()) {
            names.add(Columns.requireColumn(column, "A returned column").name());
        }
        if (names.size() != 1) {
            throw new IllegalArgumentException("This database returns only the generated key of an insert, not "
                    + names + "; return one auto-increment column");
        }
        return compiled.withGeneratedColumns(names);
    }
}
