package io.retort.sql.internal;

import java.util.List;
import java.util.Set;

import io.retort.sql.Delete;
import io.retort.sql.Expr;
import io.retort.sql.Insert;
import io.retort.sql.Update;

import org.jspecify.annotations.Nullable;

/**
 * Renders INSERT (multi-row VALUES, with returned columns in the dialect's style), UPDATE and
 * DELETE. Target columns are unqualified, as SET and column lists require.
 */
final class DmlRenderer {

    private final SelectRenderer selects;
    private final ExpressionRenderer expressions;

    ExpressionRenderer expressions() {
        return expressions;
    }

    DmlRenderer(SelectRenderer selects) {
        this.selects = selects;
        this.expressions = selects.expressions();
    }

    void insert(Insert insert, List<List<@Nullable Object>> rows, RenderContext ctx) {
        TableRef table = Columns.requireTable(insert.table(), "INSERT");
        boolean delta = !insert.returningList().isEmpty()
                && ctx.syntax().returningStyle() == SqlSyntax.ReturningStyle.DELTA_TABLE;
        if (delta) {
            ctx.append("SELECT ");
            columnNames(insert.returningList(), "A returned column", ctx);
            ctx.append(" FROM FINAL TABLE (");
        }
        insertValues(table, insert.columnList(), rows, ctx);
        if (delta) {
            ctx.append(")");
        } else if (!insert.returningList().isEmpty()
                && ctx.syntax().returningStyle() == SqlSyntax.ReturningStyle.RETURNING_CLAUSE) {
            ctx.append(" RETURNING ");
            columnNames(insert.returningList(), "A returned column", ctx);
        }
    }

    /** {@code INSERT INTO "t" ("a", "b") VALUES ($1, $2), ($3, $4)}. */
    void insertValues(TableRef table, List<Expr<?>> columns, List<List<@Nullable Object>> rows, RenderContext ctx) {
        if (columns.isEmpty() || rows.isEmpty()) {
            throw new IllegalArgumentException("An insert into " + table.name() + " needs columns and at least one row");
        }
        ctx.append("INSERT INTO ");
        expressions.tableName(table, ctx);
        ctx.append(" (");
        columnNames(columns, "An inserted column", ctx);
        ctx.append(") VALUES ");
        valueRows(columns, rows, ctx);
    }

    /** {@code ($1, $2), ($3, $4)}: each value bound against its column, or rendered when it is an expression. */
    void valueRows(List<Expr<?>> columns, List<List<@Nullable Object>> rows, RenderContext ctx) {
        for (int r = 0; r < rows.size(); r++) {
            ctx.append(r == 0 ? "(" : ", (");
            List<@Nullable Object> row = rows.get(r);
            for (int c = 0; c < columns.size(); c++) {
                ctx.append(c == 0 ? "" : ", ");
                value(columns.get(c), row.get(c), ctx);
            }
            ctx.append(")");
        }
    }

    void value(Expr<?> column, @Nullable Object value, RenderContext ctx) {
        if (value instanceof Expr<?> expr) {
            expressions.render(expr, ctx);
        } else {
            ctx.bind(Columns.requireColumn(column, "A target column").toDatabase(value));
        }
    }

    /** {@code "a", "b"}: unqualified column names. */
    void columnNames(List<Expr<?>> columns, String role, RenderContext ctx) {
        for (int i = 0; i < columns.size(); i++) {
            ctx.append(i == 0 ? "" : ", ").quoted(Columns.requireColumn(columns.get(i), role).name());
        }
    }

    void update(Update update, RenderContext ctx) {
        TableRef table = Columns.requireTable(update.table(), "UPDATE");
        if (update.assignments().isEmpty()) {
            throw new IllegalArgumentException("An update of " + table.name() + " needs at least one set(column, value)");
        }
        ctx.append("UPDATE ");
        selects.fromItem(table, ctx);
        ctx.append(" SET ");
        ctx.enterScope(Set.of(table), table);
        try {
            for (int i = 0; i < update.assignments().size(); i++) {
                Update.Assignment assignment = update.assignments().get(i);
                ctx.append(i == 0 ? "" : ", ")
                        .quoted(Columns.requireColumn(assignment.column(), "An updated column").name())
                        .append(" = ");
                expressions.render(assignment.value(), ctx);
            }
            where(update.whereClause(), ctx);
        } finally {
            ctx.exitScope();
        }
    }

    void delete(Delete delete, RenderContext ctx) {
        TableRef table = Columns.requireTable(delete.table(), "DELETE");
        ctx.append("DELETE FROM ");
        selects.fromItem(table, ctx);
        ctx.enterScope(Set.of(table), table);
        try {
            where(delete.whereClause(), ctx);
        } finally {
            ctx.exitScope();
        }
    }

    /** The WHERE clause of an UPDATE or DELETE; subqueries in it correlate to the target table. */
    private void where(List<Expr<Boolean>> conditions, RenderContext ctx) {
        if (!conditions.isEmpty()) {
            ctx.append(" WHERE ");
            expressions.conjunction(conditions, ctx);
        }
    }
}
