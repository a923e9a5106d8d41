package io.retort.orm.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;

import io.retort.orm.MappingException;

import org.jspecify.annotations.Nullable;

/**
 * Reads and writes one field through method handles built once, so loading a row costs a direct
 * call per column rather than a reflective lookup. Works on private fields.
 */
public final class FieldAccess {

    private final String name;
    private final MethodHandle getter;
    private final MethodHandle setter;

    private FieldAccess(String name, MethodHandle getter, MethodHandle setter) {
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    /** Handles for {@code field}; fails with a {@link MappingException} naming it when it is not accessible. */
    public static FieldAccess of(Field field) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(field.getDeclaringClass(), MethodHandles.lookup());
            MethodHandle getter = lookup.unreflectGetter(field).asType(MethodType.methodType(Object.class, Object.class));
            MethodHandle setter = lookup.unreflectSetter(field)
                    .asType(MethodType.methodType(void.class, Object.class, Object.class));
            return new FieldAccess(field.getName(), getter, setter);
        } catch (IllegalAccessException e) {
            throw new MappingException(field.getDeclaringClass().getSimpleName() + "." + field.getName()
                    + " cannot be accessed (" + e.getMessage() + "); open its package to io.retort.core or make it non-final", e);
        }
    }

    /** The field's value on {@code entity}. */
    public @Nullable Object get(Object entity) {
        try {
            return getter.invokeExact(entity);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    /** Sets the field on {@code entity}; a null on a primitive field is an error naming it. */
    public void set(Object entity, @Nullable Object value) {
        try {
            setter.invokeExact(entity, value);
        } catch (NullPointerException e) {
            throw new IllegalStateException("Cannot set null into primitive field " + entity.getClass().getSimpleName()
                    + "." + name + "; use its wrapper type if the column can be NULL", e);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    private static RuntimeException rethrow(Throwable e) {
        if (e instanceof RuntimeException runtime) {
            return runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(e);
    }
}
