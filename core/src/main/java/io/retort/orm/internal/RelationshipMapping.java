package io.retort.orm.internal;

import java.util.EnumSet;
import java.util.Set;

import io.retort.orm.Cascade;
import io.retort.orm.Fetch;

/**
 * One relationship field as its annotation declares it. The columns it uses are resolved against
 * the other class when a {@link io.retort.orm.Metadata} is built.
 *
 * @param owner the class holding the field
 * @param field the field name
 * @param kind many-to-one, one-to-many, one-to-one or many-to-many
 * @param target the class at the other end
 * @param collectionType {@code List} or {@code Set} for collections, else the target class
 * @param joinColumn the foreign-key column (this table for many-to-one and owning one-to-one;
 *        the secondary table's column referring to the owner for many-to-many), or empty
 * @param inverseJoinColumn many-to-many only: the secondary table's column referring to the target
 * @param secondary many-to-many only: the association table
 * @param backPopulates the field of the target holding the other side, or empty
 * @param optional whether the foreign key accepts NULL
 * @param fetch the default loading strategy
 * @param cascades the operations that pass on
 * @param access the field handles
 */
public record RelationshipMapping(Class<?> owner, String field, RelationshipKind kind, Class<?> target,
        Class<?> collectionType, String joinColumn, String inverseJoinColumn, String secondary, String backPopulates,
        boolean optional, Fetch fetch, Set<Cascade> cascades, FieldAccess access) {

    public RelationshipMapping {
        cascades = cascades.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(cascades));
    }

    /** Whether this side holds the foreign key in its own table. */
    public boolean ownsForeignKey() {
        return kind == RelationshipKind.MANY_TO_ONE || (kind == RelationshipKind.ONE_TO_ONE && !joinColumn.isEmpty());
    }

    public boolean cascades(Cascade cascade) {
        return cascades.contains(cascade);
    }

    /** {@code Owner.field}, for messages. */
    public String path() {
        return owner.getSimpleName() + "." + field;
    }
}
