package io.retort.orm.internal.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class AccessClassesTest {

    private enum Mood { CALM, CROSS }

    static class Base {
        long inherited;
    }

    static final class Everything extends Base {
        private boolean flag;
        private byte tiny;
        private char letter;
        private short small;
        private int count;
        private long big;
        private float ratio;
        private double precise;
        private String name;
        private byte[] bytes;
        private Mood mood;
        private Integer boxed;
        private Object anything;

        private Everything() {
            name = "made by the constructor";
        }
    }

    static class PrivateBase {
        private String hidden;
    }

    static final class InheritsPrivate extends PrivateBase {
        private String own;
    }

    abstract static class Abstract {
        private String name;
    }

    @Test
    void generatedAccessCreatesThroughThePrivateConstructorAndWritesAndReadsEveryKindOfField() throws Exception {
        List<Field> fields = fields(Everything.class, Base.class);
        GeneratedAccess access = AccessClasses.define(Everything.class, fields);
        assertThat(access).isNotNull();

        Everything made = (Everything) access.newInstance();
        assertThat(made.name).isEqualTo("made by the constructor");
        Object[] values = {3L, true, (byte) 7, 'x', (short) 300, 70_000, 1L << 40, 1.5f, 2.25d, "ann",
            new byte[] {1, 2}, Mood.CROSS, 1234, List.of("any")};
        access.writeAll(made, values);
        assertThat(made.inherited).isEqualTo(3L);
        assertThat(made.big).isEqualTo(1L << 40);
        assertThat(made.mood).isEqualTo(Mood.CROSS);

        Object[] read = new Object[values.length];
        access.readAll(made, read);
        assertThat(Arrays.deepEquals(read, values)).as(Arrays.deepToString(read)).isTrue();
        assertThat(read[10]).isSameAs(values[10]);
        assertThat(access.getClass().getName()).startsWith(Everything.class.getName() + "$$RetortAccess");
    }

    @Test
    void aValueOfTheWrongTypeIsAClassCastNotACorruptObject() {
        GeneratedAccess access = AccessClasses.define(Everything.class, fields(Everything.class, Base.class));
        Everything made = (Everything) access.newInstance();
        Object[] values = new Object[14];
        Arrays.fill(values, 0);
        assertThatThrownBy(() -> access.writeAll(made, values)).isInstanceOf(ClassCastException.class);
    }

    @Test
    void classesTheNestCannotReachFallBackToReflection() {
        assertThat(AccessClasses.define(InheritsPrivate.class, fields(InheritsPrivate.class, PrivateBase.class))).isNull();
        assertThat(AccessClasses.define(Abstract.class, fields(Abstract.class))).isNull();
        assertThat(AccessClasses.define(InheritsPrivate.class, fields(InheritsPrivate.class))).isNotNull();
    }

    static final class WithFinal {
        private final String fixed = "x";
    }

    @Test
    void oneFieldIsReadAndWrittenThroughItsDeclaringClassEvenWhenInheritedPrivately() throws Exception {
        GeneratedFieldAccess hidden = AccessClasses.define(PrivateBase.class.getDeclaredField("hidden"));
        GeneratedFieldAccess count = AccessClasses.define(Everything.class.getDeclaredField("count"));
        assertThat(hidden).isNotNull();
        assertThat(count).isNotNull();
        InheritsPrivate inheriting = new InheritsPrivate();
        hidden.set(inheriting, "seen");
        assertThat(hidden.get(inheriting)).isEqualTo("seen");
        Everything everything = (Everything) AccessClasses.define(Everything.class, List.of()).newInstance();
        count.set(everything, 41);
        assertThat(count.get(everything)).isEqualTo(41);
        assertThat(AccessClasses.define(WithFinal.class.getDeclaredField("fixed"))).isNull();
    }

    @Test
    void aClassFromAnotherClassLoaderIsRefusedSoCallersUseReflection() throws Exception {
        String name = PlainRow.class.getName();
        byte[] bytes;
        try (var in = PlainRow.class.getResourceAsStream("/" + name.replace('.', '/') + ".class")) {
            bytes = in.readAllBytes();
        }
        ClassLoader child = new ClassLoader(getClass().getClassLoader()) {
            @Override
            protected Class<?> loadClass(String className, boolean resolve) throws ClassNotFoundException {
                if (className.equals(name)) {
                    synchronized (getClassLoadingLock(className)) {
                        Class<?> loaded = findLoadedClass(className);
                        return loaded != null ? loaded : defineClass(className, bytes, 0, bytes.length);
                    }
                }
                return super.loadClass(className, resolve);
            }
        };
        Class<?> elsewhere = child.loadClass(name);
        assertThat(elsewhere).isNotSameAs(PlainRow.class);
        List<Field> fields = List.of(elsewhere.getDeclaredField("id"), elsewhere.getDeclaredField("name"));
        assertThat(AccessClasses.define(PlainRow.class, fields(PlainRow.class))).isNotNull();
        assertThat(AccessClasses.define(elsewhere, fields)).isNull();
        assertThat(AccessClasses.define(fields.get(1))).isNull();
    }

    private static List<Field> fields(Class<?> type, Class<?>... supers) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c : supers) {
            fields.addAll(Arrays.asList(c.getDeclaredFields()));
        }
        fields.addAll(Arrays.asList(type.getDeclaredFields()));
        fields.removeIf(Field::isSynthetic);
        return fields;
    }
}
