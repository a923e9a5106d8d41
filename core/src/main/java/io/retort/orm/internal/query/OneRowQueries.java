package io.retort.orm.internal.query;

import java.util.List;

import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.PropertyMapping;
import io.retort.sql.Expr;
import io.retort.sql.internal.ColumnExpression;
import io.retort.sql.internal.expr.Binary;
import io.retort.sql.internal.expr.BinaryOperator;
import io.retort.sql.internal.expr.BindValue;
import io.retort.sql.internal.expr.Junction;

/**
 * Recognizes a query that can return at most one row: an entity query whose conditions set
 * every primary-key column equal to a value, without joins or grouping. Such a query needs no
 * LIMIT for {@code one()}, and no cursor (so no transaction) for {@code all()}: it runs as the
 * same one-round-trip SELECT as {@code session.get}.
 *
 * <pre>{@code
 * query(User.class).filter(User_.id.eq(5L))            // at most one row
 * query(User.class).filter(User_.id.eq(5L), User_.age.gt(18))   // still at most one
 * }</pre>
 */
final class OneRowQueries {

    private OneRowQueries() {
    }

    static boolean atMostOneRow(QuerySpec spec) {
        if (spec.text() != null || !spec.entityResult() || !spec.joins().isEmpty() || !spec.groupBy().isEmpty()
                || spec.where().isEmpty()) {
            return false;
        }
        EntityMapping mapping = ((Selection.Entity) spec.selections().get(0)).mapping();
        for (PropertyMapping id : mapping.ids()) {
            if (!pinned(spec.where(), id)) {
                return false;
            }
        }
        return true;
    }

    /** Whether one of the ANDed {@code conditions} is {@code id = value}. */
    private static boolean pinned(List<? extends Expr<?>> conditions, PropertyMapping id) {
        for (Expr<?> condition : conditions) {
            if (condition instanceof Junction junction && junction.conjunction()) {
                if (pinned(junction.terms(), id)) {
                    return true;
                }
            } else if (condition instanceof Binary<?> binary && binary.operator() == BinaryOperator.EQ
                    && (isKeyEqualsValue(binary.left(), binary.right(), id)
                    || isKeyEqualsValue(binary.right(), binary.left(), id))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isKeyEqualsValue(Expr<?> column, Expr<?> value, PropertyMapping id) {
        return column instanceof ColumnExpression<?> expression && expression.columnRef().equals(id.columnRef())
                && value instanceof BindValue<?> bind && bind.value() != null;
    }
}
