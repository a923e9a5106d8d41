package io.retort.orm.internal.session;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

import io.retort.internal.engine.SqlStatement;
import io.retort.internal.engine.TypedNull;
import io.retort.sql.internal.ColumnRef;
import io.retort.sql.internal.SqlSyntax;
import io.retort.sql.internal.TableRef;

import org.jspecify.annotations.Nullable;

/**
 * The flush's UPDATE of many rows, rendered straight from the rows in the dialect's bulk-update
 * form, in the same shape {@code Sql.bulkUpdate} compiles to but in one pass over the rows:
 * {@code UPDATE "t" SET "c" = "retort_rows"."c" FROM unnest($1, $2) AS "retort_rows"("id", "c")
 * WHERE "t"."id" = "retort_rows"."id"} on PostgreSQL, {@code UPDATE `t` JOIN (SELECT ? AS `id`, ?
 * AS `c` UNION ALL SELECT ?, ?) AS `retort_rows` ON .. SET ..} on MySQL. A column that is also a
 * key (an optimistic-lock version) takes its new value from {@code new_<name>}. Other dialects,
 * and batches above the bind-parameter limit, use {@code Sql.bulkUpdate}.
 */
final class BatchedUpdate {

    private static final String ROWS = "retort_rows";

    private BatchedUpdate() {
    }

    /** Whether this class renders the update of {@code rows} rows of {@code width} values on {@code syntax}. */
    static boolean applies(SqlSyntax syntax, int rows, int width) {
        return switch (syntax.bulkUpdateStyle()) {
            case UNNEST_ARRAYS -> syntax.supportsArrayBinding();
            case JOIN_UNION_SELECT -> (long) rows * width <= syntax.maxBindParameters();
            case MERGE_VALUES -> false;
        };
    }

    /** The statement setting {@code columns} of the rows matched on {@code keys}; each row holds keys then columns. */
    static SqlStatement statement(SqlSyntax syntax, TableRef table, List<ColumnRef<?>> keys, List<ColumnRef<?>> columns,
            List<@Nullable Object[]> rows) {
        List<ColumnRef<?>> all = new ArrayList<>(keys);
        all.addAll(columns);
        List<String> names = new ArrayList<>();
        keys.forEach(key -> names.add(key.name()));
        for (ColumnRef<?> column : columns) {
            names.add(keys.stream().anyMatch(key -> key.name().equals(column.name())) ? "new_" + column.name()
                    : column.name());
        }
        String target = (table.schema() == null ? "" : syntax.quote(table.schema()) + ".") + syntax.quote(table.name());
        StringBuilder match = new StringBuilder();
        for (int k = 0; k < keys.size(); k++) {
            match.append(k == 0 ? "" : " AND ").append(target).append('.').append(syntax.quote(keys.get(k).name()))
                    .append(" = ").append(syntax.quote(ROWS)).append('.').append(syntax.quote(names.get(k)));
        }
        return syntax.bulkUpdateStyle() == SqlSyntax.BulkUpdateStyle.UNNEST_ARRAYS
                ? unnest(syntax, target, all, names, keys.size(), match, rows)
                : joinUnion(syntax, target, all, names, keys.size(), match, rows);
    }

    private static SqlStatement unnest(SqlSyntax syntax, String target, List<ColumnRef<?>> all, List<String> names,
            int keyCount, StringBuilder match, List<@Nullable Object[]> rows) {
        StringBuilder sql = new StringBuilder("UPDATE ").append(target).append(" SET ");
        assignments(syntax, sql, all, names, keyCount, "");
        sql.append(" FROM unnest(");
        List<Object> parameters = new ArrayList<>(all.size());
        for (int c = 0; c < all.size(); c++) {
            sql.append(c == 0 ? "" : ", ").append(syntax.bindMarker(c));
            ColumnRef<?> column = all.get(c);
            Object array = Array.newInstance(column.databaseType(), rows.size());
            for (int r = 0; r < rows.size(); r++) {
                Object bound = column.toDatabase(rows.get(r)[c]);
                Array.set(array, r, bound instanceof TypedNull ? null : bound);
            }
            parameters.add(array);
        }
        sql.append(") AS ").append(syntax.quote(ROWS)).append('(');
        for (int c = 0; c < names.size(); c++) {
            sql.append(c == 0 ? "" : ", ").append(syntax.quote(names.get(c)));
        }
        sql.append(") WHERE ").append(match);
        return SqlStatement.of(sql.toString(), parameters);
    }

    private static SqlStatement joinUnion(SqlSyntax syntax, String target, List<ColumnRef<?>> all, List<String> names,
            int keyCount, StringBuilder match, List<@Nullable Object[]> rows) {
        StringBuilder sql = new StringBuilder("UPDATE ").append(target).append(" JOIN (");
        List<Object> parameters = new ArrayList<>(rows.size() * all.size());
        for (int r = 0; r < rows.size(); r++) {
            sql.append(r == 0 ? "SELECT " : " UNION ALL SELECT ");
            for (int c = 0; c < all.size(); c++) {
                sql.append(c == 0 ? "" : ", ").append(syntax.bindMarker(parameters.size()));
                if (r == 0) {
                    sql.append(" AS ").append(syntax.quote(names.get(c)));
                }
                parameters.add(all.get(c).toDatabase(rows.get(r)[c]));
            }
        }
        sql.append(") AS ").append(syntax.quote(ROWS)).append(" ON ").append(match).append(" SET ");
        assignments(syntax, sql, all, names, keyCount, target + ".");
        return SqlStatement.of(sql.toString(), parameters);
    }

    private static void assignments(SqlSyntax syntax, StringBuilder sql, List<ColumnRef<?>> all, List<String> names,
            int keyCount, String qualifier) {
        for (int c = keyCount; c < all.size(); c++) {
            sql.append(c == keyCount ? "" : ", ").append(qualifier).append(syntax.quote(all.get(c).name()))
                    .append(" = ").append(syntax.quote(ROWS)).append('.').append(syntax.quote(names.get(c)));
        }
    }
}
