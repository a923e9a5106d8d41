package io.retort.sql.internal;

import java.util.ArrayList;
import java.util.List;

import io.retort.sql.Expr;
import io.retort.sql.Upsert;

import org.jspecify.annotations.Nullable;

/**
 * Renders an insert-or-update in the dialect's {@link SqlSyntax.UpsertStyle}: {@code ON CONFLICT
 * (keys) DO UPDATE SET c = EXCLUDED.c}, {@code ON DUPLICATE KEY UPDATE c = VALUES(c)} or
 * {@code MERGE INTO t (cols) KEY (keys) VALUES ..}.
 */
final class UpsertRenderer {

    private final DmlRenderer dml;

    UpsertRenderer(DmlRenderer dml) {
        this.dml = dml;
    }

    void render(Upsert upsert, List<List<@Nullable Object>> rows, RenderContext ctx) {
        TableRef table = Columns.requireTable(upsert.table(), "An upsert");
        if (upsert.keyList().isEmpty()) {
            throw new IllegalArgumentException("An upsert into " + table.name()
                    + " needs its conflict keys: call .onConflict(keyColumns)");
        }
        List<String> keys = names(upsert.keyList());
        List<String> updated = new ArrayList<>(names(upsert.columnList()));
        if (!updated.containsAll(keys)) {
            throw new IllegalArgumentException("The upsert keys " + keys + " must be among its columns " + updated);
        }
        updated.removeAll(keys);
        switch (ctx.syntax().upsertStyle()) {
            case ON_CONFLICT -> onConflict(table, upsert, rows, keys, updated, ctx);
            case ON_DUPLICATE_KEY -> onDuplicateKey(table, upsert, rows, keys, updated, ctx);
            case MERGE_KEY -> mergeKey(table, upsert, rows, keys, ctx);
        }
    }

    private void onConflict(TableRef table, Upsert upsert, List<List<@Nullable Object>> rows, List<String> keys,
            List<String> updated, RenderContext ctx) {
        dml.insertValues(table, upsert.columnList(), rows, ctx);
        ctx.append(" ON CONFLICT (");
        names(keys, ctx);
        if (updated.isEmpty()) {
            ctx.append(") DO NOTHING");
            return;
        }
        ctx.append(") DO UPDATE SET ");
        for (int i = 0; i < updated.size(); i++) {
            ctx.append(i == 0 ? "" : ", ").quoted(updated.get(i)).append(" = EXCLUDED.").quoted(updated.get(i));
        }
    }

    private void onDuplicateKey(TableRef table, Upsert upsert, List<List<@Nullable Object>> rows, List<String> keys,
            List<String> updated, RenderContext ctx) {
        dml.insertValues(table, upsert.columnList(), rows, ctx);
        ctx.append(" ON DUPLICATE KEY UPDATE ");
        List<String> assigned = updated.isEmpty() ? keys.subList(0, 1) : updated;
        for (int i = 0; i < assigned.size(); i++) {
            ctx.append(i == 0 ? "" : ", ").quoted(assigned.get(i)).append(" = VALUES(").quoted(assigned.get(i))
                    .append(")");
        }
    }

    private void mergeKey(TableRef table, Upsert upsert, List<List<@Nullable Object>> rows, List<String> keys,
            RenderContext ctx) {
        ctx.append("MERGE INTO ");
        dml.expressions().tableName(table, ctx);
        ctx.append(" (");
        dml.columnNames(upsert.columnList(), "An upserted column", ctx);
        ctx.append(") KEY (");
        names(keys, ctx);
        ctx.append(") VALUES ");
        dml.valueRows(upsert.columnList(), rows, ctx);
    }

    private static List<String> names(List<Expr<?>> columns) {
        List<String> names = new ArrayList<>(columns.size());
        for (Expr<?> column : columns) {
            names.add(Columns.requireColumn(column, "An upsert column").name());
        }
        return names;
    }

    private static void names(List<String> names, RenderContext ctx) {
        for (int i = 0; i < names.size(); i++) {
            ctx.append(i == 0 ? "" : ", ").quoted(names.get(i));
        }
    }
}
