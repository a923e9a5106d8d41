package io.retort.sql.internal;

import java.lang.reflect.Array;
import java.util.List;

import io.retort.internal.engine.TypedNull;
import io.retort.sql.internal.expr.InList;

import org.jspecify.annotations.Nullable;

/**
 * Renders {@code x IN (..)}: as {@code x = ANY($1)} with one array parameter where the dialect
 * binds arrays (one statement text for any number of keys), else one marker per value. An empty
 * list is false ({@code NOT IN} of an empty list is true).
 */
final class InListRenderer {

    void render(InList in, ExpressionRenderer expressions, RenderContext ctx) {
        List<Object> values = ctx.valuesOf(in);
        if (values.isEmpty()) {
            ctx.append(ctx.syntax().booleanLiteral(in.negated()));
            return;
        }
        ColumnRef<?> column = Columns.columnOf(in.subject());
        expressions.operand(in.subject(), Precedence.ARITHMETIC, ctx);
        if (ctx.syntax().supportsArrayBinding()) {
            ctx.append(in.negated() ? " <> ALL(" : " = ANY(");
            ctx.bind(ArrayValues.of(values, column));
            ctx.append(")");
            return;
        }
        ctx.append(in.negated() ? " NOT IN (" : " IN (");
        for (int i = 0; i < values.size(); i++) {
            ctx.append(i == 0 ? "" : ", ");
            Object value = values.get(i);
            ctx.bind(column == null ? value : column.toDatabase(value));
        }
        ctx.append(")");
    }

    /** Builds typed Java arrays (Long[], String[], ...) the drivers bind as SQL arrays. */
    static final class ArrayValues {

        private ArrayValues() {
        }

        static Object of(List<@Nullable Object> values, @Nullable ColumnRef<?> column) {
            Object[] adapted = new Object[values.size()];
            Class<?> type = column == null ? Object.class : column.databaseType();
            for (int i = 0; i < adapted.length; i++) {
                Object value = values.get(i);
                adapted[i] = value == null ? null : column == null ? value : column.toDatabase(value);
                if (adapted[i] instanceof TypedNull) {
                    adapted[i] = null;
                }
            }
            type = ValueConversions.box(type);
            if (type == Object.class) {
                type = firstClass(adapted);
            }
            Object array = Array.newInstance(type, adapted.length);
            for (int i = 0; i < adapted.length; i++) {
                if (adapted[i] != null && !type.isInstance(adapted[i])) {
                    throw new IllegalArgumentException("Cannot bind a " + adapted[i].getClass().getName()
                            + " in an array of " + type.getName() + (column == null ? "" : " for column " + column)
                            + "; give every value the column's Java type");
                }
                Array.set(array, i, adapted[i]);
            }
            return array;
        }

        private static Class<?> firstClass(Object[] values) {
            for (Object value : values) {
                if (value != null) {
                    return value.getClass();
                }
            }
            return String.class;
        }
    }
}
