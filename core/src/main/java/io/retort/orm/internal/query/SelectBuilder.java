package io.retort.orm.internal.query;

import java.util.ArrayList;
import java.util.List;

import io.retort.sql.Expr;
import io.retort.sql.FromItem;
import io.retort.sql.Select;
import io.retort.sql.Sql;
import io.retort.sql.SortKey;
import io.retort.sql.internal.ColumnExpression;
import io.retort.sql.internal.expr.Binary;
import io.retort.sql.internal.expr.FunctionCall;
import io.retort.sql.internal.expr.Label;

import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link QuerySpec} into the Core {@link Select} it stands for. The FROM clause starts
 * with the first selected entity's table (for a column-only query, the table of the first
 * column), so joins attach to it as in SQLAlchemy's {@code Query}.
 */
public final class SelectBuilder {

    private SelectBuilder() {
    }

    /** The select of {@code spec}. */
    public static Select build(QuerySpec spec) {
        return build(spec, columns(spec), spec.orderBy(), spec.limit(), spec.offset());
    }

    /** The select of {@code spec} with another select list, order and paging. */
    public static Select build(QuerySpec spec, List<Expr<?>> columns, List<SortKey> orderBy, @Nullable Long limit,
            @Nullable Long offset) {
        Select select = Sql.select(columns.toArray(Expr<?>[]::new));
        FromItem first = primaryFrom(spec);
        if (first != null) {
            select = select.from(first);
        }
        for (Select.Join join : spec.joins()) {
            select = join.outer() ? select.outerJoin(join.item(), join.on()) : select.join(join.item(), join.on());
        }
        if (!spec.where().isEmpty()) {
            select = select.where(conditions(spec.where()));
        }
        if (!spec.groupBy().isEmpty()) {
            select = select.groupBy(spec.groupBy().toArray(Expr<?>[]::new));
        }
        if (!spec.having().isEmpty()) {
            select = select.having(conditions(spec.having()));
        }
        if (!orderBy.isEmpty()) {
            select = select.orderBy(orderBy.toArray(SortKey[]::new));
        }
        if (limit != null) {
            select = select.limit(limit);
        }
        if (offset != null) {
            select = select.offset(offset);
        }
        return spec.distinct() ? select.distinct() : select;
    }

    /** Every column the select list of {@code spec} holds, entities expanded. */
    public static List<Expr<?>> columns(QuerySpec spec) {
        List<Expr<?>> columns = new ArrayList<>();
        for (Selection selection : spec.selections()) {
            columns.addAll(selection.columns());
        }
        return columns;
    }

    /** The first selected entity's table, or the table of the first column an expression uses. */
    public static @Nullable FromItem primaryFrom(QuerySpec spec) {
        for (Selection selection : spec.selections()) {
            if (selection instanceof Selection.Entity entity) {
                return entity.from();
            }
            FromItem found = tableOf(((Selection.Column) selection).expr());
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static @Nullable FromItem tableOf(Expr<?> expr) {
        if (expr instanceof ColumnExpression<?> column) {
            return column.columnRef().from();
        }
        if (expr instanceof Label<?> label) {
            return tableOf(label.expr());
        }
        if (expr instanceof FunctionCall<?> call) {
            for (Expr<?> argument : call.arguments()) {
                FromItem found = tableOf(argument);
                if (found != null) {
                    return found;
                }
            }
        }
        if (expr instanceof Binary<?> binary) {
            FromItem found = tableOf(binary.left());
            return found != null ? found : tableOf(binary.right());
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Expr<Boolean>[] conditions(List<Expr<Boolean>> conditions) {
        return conditions.toArray(Expr[]::new);
    }
}
