package io.retort.sql.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import io.retort.sql.Expr;
import io.retort.sql.FromItem;
import io.retort.sql.Ordering;
import io.retort.sql.SortKey;
import io.retort.sql.internal.expr.Between;
import io.retort.sql.internal.expr.Binary;
import io.retort.sql.internal.expr.FunctionCall;
import io.retort.sql.internal.expr.InList;
import io.retort.sql.internal.expr.InSelect;
import io.retort.sql.internal.expr.Junction;
import io.retort.sql.internal.expr.Label;
import io.retort.sql.internal.expr.Like;
import io.retort.sql.internal.expr.Not;
import io.retort.sql.internal.expr.NullTest;

/**
 * Finds the FROM items an expression's columns belong to, in order of first appearance. It does
 * not look inside subqueries: a subquery's own FROM is its business, and its references to the
 * enclosing query are correlations, not new FROM items.
 */
final class FromCollector {

    private final Set<FromItem> found = new LinkedHashSet<>();

    Set<FromItem> items() {
        return found;
    }

    FromCollector addAll(Collection<? extends SortKey> expressions) {
        for (SortKey expression : expressions) {
            add(expression);
        }
        return this;
    }

    void add(SortKey key) {
        if (key instanceof Ordering ordering) {
            add(ordering.expr());
            return;
        }
        Expr<?> expr = (Expr<?>) key;
        ColumnRef<?> column = Columns.columnOf(expr);
        if (column != null) {
            found.add(Columns.normalize(column.from()));
        } else if (expr instanceof Binary<?> binary) {
            add(binary.left());
            add(binary.right());
        } else if (expr instanceof Junction junction) {
            addAll(junction.terms());
        } else if (expr instanceof Not not) {
            add(not.condition());
        } else if (expr instanceof Like like) {
            add(like.subject());
        } else if (expr instanceof InList in) {
            add(in.subject());
        } else if (expr instanceof InSelect in) {
            add(in.subject());
        } else if (expr instanceof NullTest test) {
            add(test.subject());
        } else if (expr instanceof Between between) {
            add(between.subject());
            add(between.low());
            add(between.high());
        } else if (expr instanceof FunctionCall<?> call) {
            addAll(call.arguments());
        } else if (expr instanceof Label<?> label) {
            add(label.expr());
        }
    }
}
