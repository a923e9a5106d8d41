package io.retort.orm.internal.access;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Defines a {@link GeneratedAccess} for a mapped class as a hidden nestmate of it, so it reaches
 * private fields and constructors with plain bytecode that the JIT inlines (reflection on JDK 17
 * pays a receiver type check and an indirect call per field). Answers null whenever the JVM would
 * refuse the class (another class loader or module, a field or field type the nest cannot reach);
 * callers then use reflection, which behaves the same, only slower.
 *
 * <pre>{@code
 * GeneratedAccess access = AccessClasses.define(User.class, fields);   // null: use reflection
 * Object user = access.newInstance();
 * access.writeAll(user, new Object[] {1L, "ann"});
 * }</pre>
 */
public final class AccessClasses {

    /** Keeps the generated methods far below the JVM's 64 KB limit on a method's code (about 12 bytes a field). */
    private static final int MAX_FIELDS = 2_000;

    private AccessClasses() {
    }

    /** Generated access to {@code fields} of {@code type} (in that order), or null where it cannot be had. */
    public static @Nullable GeneratedAccess define(Class<?> type, List<Field> fields) {
        if (!eligible(type, fields)) {
            return null;
        }
        Object access = defineNestmate(type, () -> AccessClassWriter.entity(type, fields));
        return access instanceof GeneratedAccess generated ? generated : null;
    }

    /** Generated access to one field (through its declaring class's nest), or null where it cannot be had. */
    public static @Nullable GeneratedFieldAccess define(Field field) {
        Class<?> declaring = field.getDeclaringClass();
        if (declaring.isInterface() || declaring.isHidden() || !eligible(declaring, field)) {
            return null;
        }
        Object access = defineNestmate(declaring, () -> AccessClassWriter.field(field));
        return access instanceof GeneratedFieldAccess generated ? generated : null;
    }

    /** An instance of the class {@code classFile} writes, defined as a hidden nestmate of {@code host}; null if refused. */
    private static @Nullable Object defineNestmate(Class<?> host, Supplier<byte[]> classFile) {
        try {
            MethodHandles.Lookup owner = MethodHandles.privateLookupIn(host, MethodHandles.lookup());
            MethodHandles.Lookup generated = owner.defineHiddenClass(classFile.get(), true,
                    MethodHandles.Lookup.ClassOption.NESTMATE);
            return generated.findConstructor(generated.lookupClass(), MethodType.methodType(void.class)).invoke();
        } catch (Throwable refused) {       // IllegalAccess, Linkage, ClassCast: all mean "use reflection"
            if (refused instanceof VirtualMachineError fatal) {
                throw fatal;
            }
            return null;
        }
    }

    /** {@link #nestReaches}, false too when asking the JVM about the class fails to link. */
    private static boolean eligible(Class<?> type, List<Field> fields) {
        try {
            return nestReaches(type, fields);
        } catch (LinkageError refused) {    // e.g. a nested class whose enclosing class another loader holds
            return false;
        }
    }

    /** Whether code in {@code type}'s nest can create it and read and write every field without a linkage error later. */
    private static boolean nestReaches(Class<?> type, List<Field> fields) {
        int modifiers = type.getModifiers();
        if (fields.size() > MAX_FIELDS || Modifier.isAbstract(modifiers) || type.isInterface() || type.isHidden()
                || type.isArray() || type.isPrimitive()
                || (type.getEnclosingClass() != null && !Modifier.isStatic(modifiers))) {
            return false;
        }
        try {
            type.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            return false;
        }
        for (Field field : fields) {
            if (!accessible(type, field)) {
                return false;
            }
        }
        return true;
    }

    /** {@link #accessible}, false too when asking the JVM about the field fails to link. */
    private static boolean eligible(Class<?> host, Field field) {
        try {
            return accessible(host, field);
        } catch (LinkageError refused) {
            return false;
        }
    }

    /** Whether code in {@code host}'s nest can read and write {@code field} without a linkage error later. */
    private static boolean accessible(Class<?> host, Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isFinal(modifiers) && reachable(host, field)
                && visible(host, field.getType());
    }

    /** A field of the class itself (any visibility), or a non-private one of a superclass in its package. */
    private static boolean reachable(Class<?> type, Field field) {
        Class<?> declaring = field.getDeclaringClass();
        return declaring == type || (!Modifier.isPrivate(field.getModifiers()) && samePackage(type, declaring));
    }

    /** Whether a {@code checkcast} to {@code fieldType} from {@code type}'s package will link. */
    private static boolean visible(Class<?> type, Class<?> fieldType) {
        Class<?> element = fieldType;
        while (element.isArray()) {
            element = element.getComponentType();
        }
        if (element.isPrimitive() || samePackage(type, element)) {
            return true;
        }
        for (Class<?> c = element; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return element.getModule().isExported(element.getPackageName(), type.getModule());
    }

    private static boolean samePackage(Class<?> a, Class<?> b) {
        return a.getClassLoader() == b.getClassLoader() && Objects.equals(a.getPackageName(), b.getPackageName());
    }
}
