package io.retort.orm;

import io.retort.internal.Checks;
import io.retort.orm.internal.Mappings;
import io.retort.orm.internal.PropertyMapping;
import io.retort.sql.internal.ColumnExpression;
import io.retort.sql.internal.ColumnRef;

import org.jspecify.annotations.Nullable;

/**
 * A mapped column of an entity, as the generated metamodel exposes it ({@code User_.name}). It is
 * an {@link io.retort.sql.Expr}, so every operator works on it.
 *
 * <pre>{@code
 * session.query(User.class).filter(User_.name.eq("ed")).orderBy(User_.id.desc());
 * }</pre>
 *
 * @param <E> the entity class
 * @param <T> the field's (boxed) type
 */
public final class ColumnAttribute<E, T> implements ColumnExpression<T> {

    private final Class<E> entity;
    private final String field;
    private final Class<T> type;
    private volatile @Nullable ColumnRef<T> column;

    private ColumnAttribute(Class<E> entity, String field, Class<T> type) {
        this.entity = entity;
        this.field = field;
        this.type = type;
    }

    /** The attribute for {@code field} of {@code entity}; generated code calls this. */
    public static <E, T> ColumnAttribute<E, T> of(Class<E> entity, String field, Class<T> type) {
        return new ColumnAttribute<>(Checks.notNull(entity, "entity"), Checks.notBlank(field, "field"),
                Checks.notNull(type, "type"));
    }

    /** The entity class. */
    public Class<E> entity() {
        return entity;
    }

    /** The field name, which is also the key of this attribute in a result row. */
    public String name() {
        return field;
    }

    /** The field's boxed type. */
    public Class<T> javaType() {
        return type;
    }

    /** The mapping of the field, read once. */
    public PropertyMapping property() {
        return Mappings.of(entity).property(field).orElseThrow(() -> new MappingException(entity.getSimpleName()
                + " has no mapped column field '" + field + "'; regenerate the metamodel"));
    }

    @Override
    @SuppressWarnings("unchecked")
    public ColumnRef<T> columnRef() {
        ColumnRef<T> resolved = column;
        if (resolved == null) {
            resolved = (ColumnRef<T>) property().columnRef();
            column = resolved;
        }
        return resolved;
    }

    @Override
    public String toString() {
        return entity.getSimpleName() + "." + field;
    }
}
