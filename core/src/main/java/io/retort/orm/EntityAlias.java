package io.retort.orm;

import io.retort.internal.Checks;
import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.Mappings;
import io.retort.sql.Expr;
import io.retort.sql.internal.TableExpression;
import io.retort.sql.internal.TableRef;

/**
 * An entity class under a table alias, made by {@link Orm#aliased}: what a self-join joins, and
 * {@link #get} gives its columns. Immutable; each alias is distinct from every other.
 *
 * <pre>{@code
 * var boss = aliased(Employee.class);
 * session.query(Employee.class, boss).join(boss, Employee_.reportsToId.eq(boss.get(Employee_.id)));
 * }</pre>
 *
 * @param <E> the entity class
 */
public final class EntityAlias<E> implements TableExpression {

    private final Class<E> entity;
    private final TableRef table;

    private EntityAlias(Class<E> entity, TableRef table) {
        this.entity = entity;
        this.table = table;
    }

    static <E> EntityAlias<E> of(Class<E> entity) {
        EntityMapping mapping = Mappings.of(entity);
        return new EntityAlias<>(entity, mapping.tableRef().aliased());
    }

    /** The aliased class. */
    public Class<E> entity() {
        return entity;
    }

    /** {@code attribute}'s column on this alias. */
    public <T> Expr<T> get(ColumnAttribute<E, T> attribute) {
        Checks.notNull(attribute, "attribute");
        return attribute.columnRef().on(table);
    }

    @Override
    public TableRef tableRef() {
        return table;
    }

    @Override
    public String toString() {
        return "aliased(" + entity.getSimpleName() + ")";
    }
}
