package io.retort.orm.internal;

import java.lang.reflect.Field;

import io.retort.orm.MappingException;
import io.retort.orm.internal.access.AccessClasses;
import io.retort.orm.internal.access.GeneratedFieldAccess;

import org.jspecify.annotations.Nullable;

/**
 * Reads and writes one field: through a generated nestmate class where the JVM allows one (see
 * {@link AccessClasses}), else through a {@link Field} made accessible once. Used for single
 * fields (relationships, keys, versions); {@link EntityAccess} reads and writes all column fields
 * of a row at once. Works on private fields.
 */
public final class FieldAccess {

    private final Field field;
    private final @Nullable GeneratedFieldAccess generated;
    private final boolean primitive;

    private FieldAccess(Field field) {
        this.field = field;
        this.generated = AccessClasses.define(field);
        this.primitive = field.getType().isPrimitive();
    }

    /** Access to {@code field}; fails with a {@link MappingException} naming it when it is not accessible. */
    public static FieldAccess of(Field field) {
        try {
            field.setAccessible(true);
            return new FieldAccess(field);
        } catch (RuntimeException e) {
            throw new MappingException(field.getDeclaringClass().getSimpleName() + "." + field.getName()
                    + " cannot be accessed (" + e.getMessage() + "); open its package to io.retort.core", e);
        }
    }

    /** The field itself. */
    Field field() {
        return field;
    }

    /** The field's value on {@code entity}. */
    public @Nullable Object get(Object entity) {
        GeneratedFieldAccess access = generated;
        if (access != null) {
            return access.get(entity);
        }
        try {
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets the field on {@code entity}; a null on a primitive field is an error naming it. */
    public void set(Object entity, @Nullable Object value) {
        if (value == null && primitive) {
            throw new IllegalStateException("Cannot set null into primitive field " + entity.getClass().getSimpleName()
                    + "." + field.getName() + "; use its wrapper type if the column can be NULL");
        }
        GeneratedFieldAccess access = generated;
        if (access != null) {
            access.set(entity, value);
            return;
        }
        try {
            field.set(entity, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
