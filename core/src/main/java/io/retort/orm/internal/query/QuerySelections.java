package io.retort.orm.internal.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.retort.orm.ColumnAttribute;
import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.session.EntityBindings;
import io.retort.orm.internal.MappedModel;
import io.retort.sql.Expr;
import io.retort.sql.internal.ColumnExpression;
import io.retort.sql.internal.TableExpression;
import io.retort.sql.internal.expr.FunctionCall;
import io.retort.sql.internal.expr.Label;

/**
 * Reads what {@code session.query(..)} was given into {@link Selection}s: entity classes, entity
 * aliases and expressions. The key of each in a result row: the class's simple name, an
 * attribute's field name, a label, a column's name, a function's name in lower case.
 */
public final class QuerySelections {

    private QuerySelections() {
    }

    /**
     * The selections for {@code items}, each a mapped class, an alias of one or an expression; an
     * entity's hidden join columns come from its binding, worked out once per factory.
     */
    public static List<Selection> of(MappedModel model, EntityBindings bindings, List<?> items) {
        List<Selection> selections = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (item instanceof Class<?> type) {
                EntityMapping mapping = model.mapping(type);
                selections.add(new Selection.Entity(mapping, mapping.tableRef(), bindings.of(type).hiddenColumns()));
            } else if (item instanceof io.retort.orm.EntityAlias<?> alias) {
                selections.add(new Selection.Entity(model.mapping(alias.entity()), alias.tableRef(),
                        bindings.of(alias.entity()).hiddenColumns()));
            } else if (item instanceof Expr<?> expr) {
                selections.add(new Selection.Column(expr, key(expr, i)));
            } else if (item instanceof TableExpression) {
                throw new IllegalArgumentException("query(..) takes mapped classes, aliased(..) classes and"
                        + " expressions; select a table's columns instead of " + item);
            } else {
                throw new IllegalArgumentException("query(..) takes mapped classes (User.class), aliased(..) classes"
                        + " and expressions (User_.name, func.count(..)), not " + (item == null ? "null"
                        : item.getClass().getName()) + " at position " + i);
            }
        }
        return selections;
    }

    private static String key(Expr<?> expr, int position) {
        if (expr instanceof Label<?> label) {
            return label.name();
        }
        if (expr instanceof ColumnAttribute<?, ?> attribute) {
            return attribute.name();
        }
        if (expr instanceof ColumnExpression<?> column) {
            return column.columnRef().name();
        }
        if (expr instanceof FunctionCall<?> call) {
            return call.name().toLowerCase(Locale.ROOT);
        }
        return "expr_" + (position + 1);
    }
}
