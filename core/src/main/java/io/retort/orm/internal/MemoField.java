package io.retort.orm.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import io.retort.orm.internal.access.MemoFieldAdder;

import org.jspecify.annotations.Nullable;

/**
 * Finds the field Retort's build-time enhancer adds to a mapped class: {@code private transient
 * Object retort$memo}. A session keeps there what only matters while the object lives (the
 * snapshot of a released object), so the collector frees it with the object instead of copying
 * it from the session's tables first. Classes without the field work the same, with that
 * bookkeeping held by the session until the object is found collected.
 */
public final class MemoField {

    private MemoField() {
    }

    /** Access to {@code type}'s memo field (declared by it or a superclass), or null when it has none. */
    static @Nullable FieldAccess of(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(MemoFieldAdder.FIELD) && usable(field)) {
                    return FieldAccess.of(field);
                }
            }
        }
        return null;
    }

    private static boolean usable(Field field) {
        int modifiers = field.getModifiers();
        return field.getType() == Object.class && !Modifier.isStatic(modifiers) && !Modifier.isFinal(modifiers);
    }
}
