package io.retort.orm.internal.query;

import java.util.ArrayList;
import java.util.List;

import io.retort.orm.internal.Mappings;
import io.retort.orm.internal.PropertyMapping;
import io.retort.sql.Expr;
import io.retort.sql.Ordering;
import io.retort.sql.Sql;
import io.retort.sql.SortKey;
import io.retort.sql.internal.ColumnExpression;
import io.retort.sql.internal.ColumnRef;

/**
 * Keyset ("seek") pagination: the condition selecting the rows that come after a given row in an
 * ORDER BY, {@code (a > :a) OR (a = :a AND b > :b)}, with {@code <} for descending keys. It uses
 * the index of the order and costs the same at any depth, unlike OFFSET.
 */
public final class Keysets {

    private Keysets() {
    }

    /** The rows after the one whose sort-key values are {@code values}, in {@code order}. */
    @SuppressWarnings("unchecked")
    public static Expr<Boolean> after(List<SortKey> order, List<?> values) {
        if (order.isEmpty()) {
            throw new IllegalStateException("after(..) continues an ORDER BY, and this query has none; add"
                    + " orderBy(..) with a unique key last, e.g. orderBy(Track_.name, Track_.id)");
        }
        if (values.size() != order.size()) {
            throw new IllegalArgumentException("after(..) needs one value per ORDER BY key: the query orders by "
                    + order.size() + " key(s) " + order + " but got " + values.size() + " value(s)");
        }
        List<Expr<Boolean>> alternatives = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            List<Expr<Boolean>> terms = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                terms.add(((Expr<Object>) expr(order.get(j))).eq(value(values, j, order)));
            }
            Expr<Object> key = (Expr<Object>) expr(order.get(i));
            Object value = value(values, i, order);
            terms.add(descending(order.get(i)) ? key.lt(value) : key.gt(value));
            alternatives.add(terms.size() == 1 ? terms.get(0) : Sql.and(terms.toArray(Expr[]::new)));
        }
        return alternatives.size() == 1 ? alternatives.get(0) : Sql.or(alternatives.toArray(Expr[]::new));
    }

    /** The values of {@code order}'s keys on {@code entity}: each key must be a mapped column of its class. */
    public static List<Object> values(List<SortKey> order, Object entity) {
        List<PropertyMapping> properties = Mappings.of(entity.getClass()).properties();
        List<Object> values = new ArrayList<>(order.size());
        for (SortKey key : order) {
            Expr<?> expr = expr(key);
            ColumnRef<?> column = expr instanceof ColumnExpression<?> c ? c.columnRef() : null;
            PropertyMapping property = properties.stream().filter(p -> p.columnRef().equals(column)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("after(" + entity.getClass().getSimpleName()
                            + ") reads the ORDER BY keys from the object, but " + expr + " is not a mapped column of "
                            + entity.getClass().getSimpleName() + "; pass the key values instead: after(value, ...)"));
            values.add(property.get(entity));
        }
        return values;
    }

    private static Object value(List<?> values, int index, List<SortKey> order) {
        Object value = values.get(index);
        if (value == null) {
            throw new IllegalArgumentException("after(..) got null for the ORDER BY key " + order.get(index)
                    + "; keyset pagination needs non-null keys (order by NOT NULL columns, the primary key last)");
        }
        return value;
    }

    private static Expr<?> expr(SortKey key) {
        return key instanceof Ordering ordering ? ordering.expr() : (Expr<?>) key;
    }

    private static boolean descending(SortKey key) {
        return key instanceof Ordering ordering && ordering.descending();
    }
}
