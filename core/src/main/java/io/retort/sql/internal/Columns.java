package io.retort.sql.internal;

import io.retort.sql.Expr;
import io.retort.sql.FromItem;
import io.retort.sql.internal.expr.Label;

import org.jspecify.annotations.Nullable;

/** Unwraps higher layers' column and table objects into the compiler's {@link ColumnRef} and {@link TableRef}. */
final class Columns {

    private Columns() {
    }

    /** The column {@code expr} stands for, or null when it is not a column. */
    static @Nullable ColumnRef<?> columnOf(@Nullable Expr<?> expr) {
        if (expr instanceof ColumnExpression<?> column) {
            return column.columnRef();
        }
        if (expr instanceof Label<?> label) {
            return columnOf(label.expr());
        }
        return null;
    }

    /** The column {@code expr} stands for, or an error naming the {@code role} it was used in. */
    static ColumnRef<?> requireColumn(Expr<?> expr, String role) {
        ColumnRef<?> column = columnOf(expr);
        if (column == null) {
            throw new IllegalArgumentException(role + " must be a column (a ColumnRef, a schema Column or an ORM"
                    + " attribute), not " + expr);
        }
        return column;
    }

    /** The table {@code item} stands for, or an error naming the statement. */
    static TableRef requireTable(FromItem item, String statement) {
        if (item instanceof TableExpression table) {
            return table.tableRef();
        }
        throw new IllegalArgumentException(statement + " needs a table (a TableRef, a schema Table or an ORM"
                + " entity's table), not " + item);
    }

    /** {@code item} as the FROM item the compiler renders: tables unwrapped, derived tables as they are. */
    static FromItem normalize(FromItem item) {
        return item instanceof TableExpression table ? table.tableRef() : item;
    }
}
