package io.retort.orm.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

import io.retort.orm.MappingException;

/**
 * Creates instances of a mapped class through its no-argument constructor, of any visibility, by
 * reflection: checks at mapping time that the constructor exists, and creates instances where
 * {@link EntityAccess} cannot use generated code.
 */
public final class Instantiator {

    private final Constructor<?> constructor;

    private Instantiator(Constructor<?> constructor) {
        this.constructor = constructor;
    }

    /** The instantiator of {@code type}, or a {@link MappingException} saying the constructor is missing. */
    public static Instantiator of(Class<?> type) {
        Constructor<?> noArgs;
        try {
            noArgs = type.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new MappingException(type.getSimpleName() + " has no no-argument constructor; add one (it may be"
                    + " private) so Retort can create instances when loading rows");
        }
        try {
            noArgs.setAccessible(true);
            return new Instantiator(noArgs);
        } catch (RuntimeException e) {
            throw new MappingException(type.getSimpleName() + "'s no-argument constructor cannot be accessed ("
                    + e.getMessage() + "); open its package to io.retort.core", e);
        }
    }

    /** A new, empty instance. */
    public Object create() {
        try {
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
