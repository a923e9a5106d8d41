package io.retort.sql.internal;

import java.util.ArrayList;
import java.util.List;

import io.retort.sql.BulkUpdate;
import io.retort.sql.Expr;

import org.jspecify.annotations.Nullable;

/**
 * Renders an update of many rows with their own values as one statement, in the dialect's
 * {@link SqlSyntax.BulkUpdateStyle}: joined to {@code unnest} of one array per column, to a
 * {@code SELECT .. UNION ALL} list, or merged from a VALUES list.
 */
final class BulkUpdateRenderer {

    /** The alias of the row source; columns keep their own names. */
    static final String ROWS = "retort_rows";

    private final DmlRenderer dml;

    BulkUpdateRenderer(DmlRenderer dml) {
        this.dml = dml;
    }

    void render(BulkUpdate update, List<List<@Nullable Object>> rows, RenderContext ctx) {
        TableRef table = Columns.requireTable(update.table(), "A bulk update");
        if (update.keyList().isEmpty() || update.columnList().isEmpty() || rows.isEmpty()) {
            throw new IllegalArgumentException("A bulk update of " + table.name()
                    + " needs keys(..), columns(..) and at least one row(..)");
        }
        List<Expr<?>> all = new ArrayList<>(update.keyList());
        all.addAll(update.columnList());
        Source source = Source.of(update);
        switch (ctx.syntax().bulkUpdateStyle()) {
            case UNNEST_ARRAYS -> unnest(table, source, all, rows, ctx);
            case JOIN_UNION_SELECT -> joinUnion(table, source, all, rows, ctx);
            case MERGE_VALUES -> mergeValues(table, source, all, rows, ctx);
        }
    }

    /**
     * The column names of the row source: keys under their own names, new values under theirs,
     * or {@code new_<name>} when a column is both a key and set (an optimistic-lock version).
     */
    record Source(List<String> keys, List<String> targets, List<String> values) {

        static Source of(BulkUpdate update) {
            List<String> keys = new ArrayList<>();
            for (Expr<?> key : update.keyList()) {
                keys.add(Columns.requireColumn(key, "A bulk-update key").name());
            }
            List<String> targets = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (Expr<?> column : update.columnList()) {
                String name = Columns.requireColumn(column, "A bulk-update column").name();
                targets.add(name);
                values.add(keys.contains(name) ? "new_" + name : name);
            }
            return new Source(keys, targets, values);
        }

        List<String> all() {
            List<String> all = new ArrayList<>(keys);
            all.addAll(values);
            return all;
        }
    }

    private void unnest(TableRef table, Source source, List<Expr<?>> all, List<List<@Nullable Object>> rows,
            RenderContext ctx) {
        ctx.append("UPDATE ");
        dml.expressions().tableName(table, ctx);
        ctx.append(" SET ");
        assignments(source, false, table, ctx);
        ctx.append(" FROM unnest(");
        for (int c = 0; c < all.size(); c++) {
            List<@Nullable Object> column = new ArrayList<>(rows.size());
            for (List<@Nullable Object> row : rows) {
                column.add(row.get(c));
            }
            ctx.append(c == 0 ? "" : ", ");
            ctx.bind(InListRenderer.ArrayValues.of(column, Columns.requireColumn(all.get(c), "A bulk-update column")));
        }
        ctx.append(") AS ").quoted(ROWS).append("(");
        names(source.all(), ctx);
        ctx.append(") WHERE ");
        keyMatch(source, table, ctx);
    }

    private void joinUnion(TableRef table, Source source, List<Expr<?>> all, List<List<@Nullable Object>> rows,
            RenderContext ctx) {
        ctx.append("UPDATE ");
        dml.expressions().tableName(table, ctx);
        ctx.append(" JOIN (");
        for (int r = 0; r < rows.size(); r++) {
            ctx.append(r == 0 ? "SELECT " : " UNION ALL SELECT ");
            for (int c = 0; c < all.size(); c++) {
                ctx.append(c == 0 ? "" : ", ");
                dml.value(all.get(c), rows.get(r).get(c), ctx);
                if (r == 0) {
                    ctx.append(" AS ").quoted(source.all().get(c));
                }
            }
        }
        ctx.append(") AS ").quoted(ROWS).append(" ON ");
        keyMatch(source, table, ctx);
        ctx.append(" SET ");
        assignments(source, true, table, ctx);
    }

    private void mergeValues(TableRef table, Source source, List<Expr<?>> all, List<List<@Nullable Object>> rows,
            RenderContext ctx) {
        ctx.append("MERGE INTO ");
        dml.expressions().tableName(table, ctx);
        ctx.append(" USING (VALUES ");
        dml.valueRows(all, rows, ctx);
        ctx.append(") AS ").quoted(ROWS).append("(");
        names(source.all(), ctx);
        ctx.append(") ON ");
        keyMatch(source, table, ctx);
        ctx.append(" WHEN MATCHED THEN UPDATE SET ");
        assignments(source, false, table, ctx);
    }

    /** {@code "c" = "retort_rows"."c", ...}; target qualified where the statement joins (MySQL). */
    private void assignments(Source source, boolean qualified, TableRef table, RenderContext ctx) {
        for (int i = 0; i < source.targets().size(); i++) {
            ctx.append(i == 0 ? "" : ", ");
            if (qualified) {
                dml.expressions().tableName(table, ctx);
                ctx.append(".");
            }
            ctx.quoted(source.targets().get(i)).append(" = ").quoted(ROWS).append(".").quoted(source.values().get(i));
        }
    }

    private void keyMatch(Source source, TableRef table, RenderContext ctx) {
        for (int i = 0; i < source.keys().size(); i++) {
            String name = source.keys().get(i);
            ctx.append(i == 0 ? "" : " AND ");
            dml.expressions().tableName(table, ctx);
            ctx.append(".").quoted(name).append(" = ").quoted(ROWS).append(".").quoted(name);
        }
    }

    private static void names(List<String> names, RenderContext ctx) {
        for (int i = 0; i < names.size(); i++) {
            ctx.append(i == 0 ? "" : ", ").quoted(names.get(i));
        }
    }
}
