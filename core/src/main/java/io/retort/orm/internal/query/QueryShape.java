package io.retort.orm.internal.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import io.retort.internal.engine.SqlStatement;
import io.retort.internal.engine.TypedNull;
import io.retort.sql.Expr;
import io.retort.sql.Ordering;
import io.retort.sql.SortKey;
import io.retort.sql.internal.ColumnExpression;
import io.retort.sql.internal.ColumnRef;
import io.retort.sql.internal.TableRef;
import io.retort.sql.internal.expr.Between;
import io.retort.sql.internal.expr.Binary;
import io.retort.sql.internal.expr.BindValue;
import io.retort.sql.internal.expr.Junction;
import io.retort.sql.internal.expr.Not;
import io.retort.sql.internal.expr.NullTest;

import org.jspecify.annotations.Nullable;

/**
 * What the SQL text of a simple entity query depends on (its class, the structure of its
 * conditions and order, whether it pages) apart from its values, which are collected in the
 * order the compiler binds them. Two queries with equal {@link #key()}s compile to the same text.
 * Only queries built from columns, bound values, comparisons, AND/OR/NOT, IS NULL and BETWEEN
 * have a shape; others are compiled every time.
 *
 * <pre>{@code
 * QueryShape shape = QueryShape.of(spec);    // null: not a simple query
 * String sql = texts.get(shape.key());       // then SqlStatement.of(sql, shape.values())
 * }</pre>
 */
final class QueryShape {

    private enum Token { BIND, JUNCTION, NOT, NULL_TEST, BETWEEN, ORDER, ORDERING }

    private final List<Object> key = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    private QueryShape() {
    }

    /** The shape of {@code spec}, or null when it is not a simple entity query. */
    static @Nullable QueryShape of(QuerySpec spec) {
        if (spec.text() != null || !spec.entityResult() || spec.selections().size() != 1 || !spec.joins().isEmpty()
                || !spec.groupBy().isEmpty() || !spec.having().isEmpty()) {
            return null;
        }
        QueryShape shape = new QueryShape();
        shape.key.add(((Selection.Entity) spec.selections().get(0)).mapping().type());
        shape.key.add(spec.distinct());
        for (Expr<Boolean> condition : spec.where()) {
            if (!shape.add(condition)) {
                return null;
            }
        }
        shape.key.add(Token.ORDER);
        for (SortKey sortKey : spec.orderBy()) {
            if (!shape.addSortKey(sortKey)) {
                return null;
            }
        }
        shape.key.add(spec.limit() != null);
        shape.key.add(spec.offset() != null);
        if (spec.limit() != null) {
            shape.values.add(spec.limit());
        }
        if (spec.offset() != null) {
            shape.values.add(spec.offset());
        }
        return shape;
    }

    List<Object> key() {
        return key;
    }

    List<Object> values() {
        return values;
    }

    /**
     * Whether {@code compiled}, the statement compiled for this query, proves this shape's text
     * binds exactly {@link #values()} in that order: only then can the text serve other values.
     * With two equal values the order would stay unproven, so such a query teaches nothing.
     */
    boolean provenBy(List<SqlStatement> compiled) {
        return compiled.size() == 1 && compiled.get(0).parameters().equals(values)
                && new HashSet<>(values).size() == values.size();
    }

    /** Whether {@code compiled} shows that this shape never binds just its values (a dialect writes one inline). */
    boolean refutedBy(List<SqlStatement> compiled) {
        return compiled.size() == 1 && !compiled.get(0).parameters().equals(values)
                && new HashSet<>(values).size() == values.size();
    }

    private boolean add(Expr<?> expr) {
        if (expr instanceof ColumnExpression<?> column) {
            ColumnRef<?> ref = column.columnRef();
            if (ref.from() instanceof TableRef table && table.anonymous()) {
                return false;
            }
            key.add(ref);
            return true;
        }
        if (expr instanceof BindValue<?> bind) {
            key.add(Token.BIND);
            return addValue(bind);
        }
        if (expr instanceof Binary<?> binary) {
            key.add(binary.operator());
            return add(binary.left()) && add(binary.right());
        }
        if (expr instanceof Junction junction) {
            key.add(Token.JUNCTION);
            key.add(junction.conjunction());
            key.add(junction.terms().size());
            for (Expr<Boolean> term : junction.terms()) {
                if (!add(term)) {
                    return false;
                }
            }
            return true;
        }
        if (expr instanceof Not not) {
            key.add(Token.NOT);
            return add(not.condition());
        }
        if (expr instanceof NullTest test) {
            key.add(Token.NULL_TEST);
            key.add(test.negated());
            return add(test.subject());
        }
        if (expr instanceof Between between) {
            key.add(Token.BETWEEN);
            return add(between.subject()) && add(between.low()) && add(between.high());
        }
        return false;
    }

    /** The value as the compiler binds it: adapted by the column it is compared with, a null typed. */
    private boolean addValue(BindValue<?> bind) {
        Expr<?> peer = bind.peer();
        if (peer instanceof ColumnExpression<?> column) {
            values.add(column.columnRef().toDatabase(bind.value()));
            return true;
        }
        if (peer != null) {
            return false;
        }
        values.add(bind.value() == null ? new TypedNull(Object.class) : bind.value());
        return true;
    }

    private boolean addSortKey(SortKey sortKey) {
        if (sortKey instanceof Ordering ordering) {
            key.add(Token.ORDERING);
            key.add(ordering.descending());
            key.add(ordering.nulls());
            return add(ordering.expr());
        }
        return sortKey instanceof Expr<?> expr && add(expr);
    }
}
