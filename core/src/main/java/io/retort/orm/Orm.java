package io.retort.orm;

import io.retort.internal.Checks;
import io.retort.sql.Expr;
import io.retort.sql.Sql;

/**
 * The ORM's static helpers, as {@code sqlalchemy.orm} has them; meant for
 * {@code import static io.retort.orm.Orm.*}.
 *
 * <pre>{@code
 * var boss = aliased(Employee.class);
 * session.query(Employee.class).join(boss, Employee_.reportsToId.eq(boss.get(Employee_.id)));
 * session.query(User.class).options(selectinload(User_.articles).selectinload(Article_.tags)).all();
 * session.query(Customer.class).filter(exists(session.query(Invoice.class)
 *         .filter(Invoice_.customerId.eq(Customer_.id))));
 * }</pre>
 */
public final class Orm {

    private Orm() {
    }

    /**
     * A new alias of {@code entity}'s table, for joining a table to itself; each call makes a
     * distinct alias, named when the query is compiled ({@code employee_1}).
     */
    public static <E> EntityAlias<E> aliased(Class<E> entity) {
        return EntityAlias.of(Checks.notNull(entity, "entity"));
    }

    /**
     * {@code EXISTS (subquery)}; the query's references to the enclosing query's tables are
     * correlated, as {@link Sql#exists} does for a Core select.
     */
    public static Expr<Boolean> exists(Query<?> subquery) {
        return Sql.exists(Checks.notNull(subquery, "subquery").statement());
    }

    // Relationship loading options (relationships engineer's block).

    /**
     * Loads {@code attribute} for every object a query returns with one extra statement per chunk
     * of keys ({@code WHERE fk IN (..)}, or {@code = ANY($1)} on PostgreSQL), never one per object.
     */
    public static Load selectinload(RelationshipAttribute<?, ?> attribute) {
        return Load.of(attribute, Load.Strategy.SELECTIN);
    }

    /** Loads {@code attribute} in the query's own statement through a LEFT OUTER JOIN. */
    public static Load joinedload(RelationshipAttribute<?, ?> attribute) {
        return Load.of(attribute, Load.Strategy.JOINED);
    }

    // End of relationship loading options.
}
