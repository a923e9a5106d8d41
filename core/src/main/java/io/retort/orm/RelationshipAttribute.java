package io.retort.orm;

import io.retort.internal.Checks;
import io.retort.orm.internal.Mappings;
import io.retort.orm.internal.RelationshipMapping;

/**
 * A relationship of an entity, as the generated metamodel exposes it ({@code User_.articles}):
 * what {@code selectinload}, {@code joinedload}, {@code session.fetch} and {@code join} take.
 *
 * <pre>{@code
 * session.query(User.class).options(selectinload(User_.articles)).all();
 * }</pre>
 *
 * @param <E> the entity class
 * @param <T> the class at the other end (the element class for collections)
 */
public final class RelationshipAttribute<E, T> {

    private final Class<E> entity;
    private final String field;
    private final Class<T> target;

    private RelationshipAttribute(Class<E> entity, String field, Class<T> target) {
        this.entity = entity;
        this.field = field;
        this.target = target;
    }

    /** The attribute for relationship {@code field} of {@code entity}; generated code calls this. */
    public static <E, T> RelationshipAttribute<E, T> of(Class<E> entity, String field, Class<T> target) {
        return new RelationshipAttribute<>(Checks.notNull(entity, "entity"), Checks.notBlank(field, "field"),
                Checks.notNull(target, "target"));
    }

    public Class<E> entity() {
        return entity;
    }

    /** The field name. */
    public String name() {
        return field;
    }

    /** The class at the other end. */
    public Class<T> target() {
        return target;
    }

    /** The mapping of the relationship. */
    public RelationshipMapping mapping() {
        return Mappings.of(entity).relationship(field).orElseThrow(() -> new MappingException(entity.getSimpleName()
                + " has no relationship field '" + field + "'; regenerate the metamodel"));
    }

    @Override
    public String toString() {
        return entity.getSimpleName() + "." + field;
    }
}
