package io.retort.orm.internal.access;

import java.util.Map;

/** Descriptors and wrapper classes of the primitive types, for boxing in generated code. */
final class Primitives {

    private static final Map<Class<?>, Character> DESCRIPTORS = Map.of(boolean.class, 'Z', byte.class, 'B',
            char.class, 'C', short.class, 'S', int.class, 'I', long.class, 'J', float.class, 'F', double.class, 'D');
    private static final Map<Class<?>, Class<?>> WRAPPERS = Map.of(boolean.class, Boolean.class, byte.class, Byte.class,
            char.class, Character.class, short.class, Short.class, int.class, Integer.class, long.class, Long.class,
            float.class, Float.class, double.class, Double.class);

    private Primitives() {
    }

    static char descriptor(Class<?> primitive) {
        return DESCRIPTORS.get(primitive);
    }

    static String wrapperName(Class<?> primitive) {
        return AccessClassWriter.internalName(WRAPPERS.get(primitive));
    }
}
