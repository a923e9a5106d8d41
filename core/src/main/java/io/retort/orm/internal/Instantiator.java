package io.retort.orm.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;

import io.retort.orm.MappingException;

/** Creates instances of a mapped class through its no-argument constructor, of any visibility. */
public final class Instantiator {

    private final MethodHandle constructor;

    private Instantiator(MethodHandle constructor) {
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
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            return new Instantiator(lookup.unreflectConstructor(noArgs).asType(MethodType.methodType(Object.class)));
        } catch (IllegalAccessException e) {
            throw new MappingException(type.getSimpleName() + "'s no-argument constructor cannot be accessed ("
                    + e.getMessage() + ")", e);
        }
    }

    /** A new, empty instance. */
    public Object create() {
        try {
            return constructor.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
