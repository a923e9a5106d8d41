package io.retort.orm.internal.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import io.retort.orm.Id;
import io.retort.orm.Table;
import io.retort.testkit.ClassFiles;

import org.junit.jupiter.api.Test;

class MemoFieldAdderTest {

    /** Element values of every kind before {@code @Table}, which the enhancer must step over to find it. */
    @Retention(RetentionPolicy.RUNTIME)
    @interface Marked {
        String[] names();
        Class<?> type();
        ElementType kind();
        int number();
        Retention nested();
    }

    @Marked(names = {"a", "b"}, type = String.class, kind = ElementType.FIELD, number = 7,
            nested = @Retention(RetentionPolicy.CLASS))
    @Table("memo_samples")
    static class Sample {
        @Id Long id;
        String name;
        static final double RATE = 1.5;     // a double constant: two constant pool slots
        static final long BIG = 1L << 40;

        Sample() {
        }

        String greet() {
            return "hi " + name + " " + RATE + " " + BIG;
        }
    }

    static class Unmapped {
        String name;
    }

    @Test
    void aMappedClassGetsAPrivateTransientSyntheticObjectFieldAndKeepsWorking() throws Exception {
        byte[] enhanced = MemoFieldAdder.enhance(ClassFiles.bytes(Sample.class));
        assertThat(enhanced).isNotNull();

        Class<?> loaded = OneClassLoader.define(Sample.class.getName(), enhanced);
        Field memo = loaded.getDeclaredField(MemoFieldAdder.FIELD);
        assertThat(memo.getType()).isEqualTo(Object.class);
        assertThat(Modifier.isPrivate(memo.getModifiers())).isTrue();
        assertThat(Modifier.isTransient(memo.getModifiers())).isTrue();
        assertThat(memo.isSynthetic()).isTrue();
        assertThat(Arrays.stream(loaded.getDeclaredFields()).map(Field::getName))
                .containsExactly("id", "name", "RATE", "BIG", MemoFieldAdder.FIELD);
        assertThat(loaded.getAnnotation(Table.class).value()).isEqualTo("memo_samples");

        var constructor = loaded.getDeclaredConstructor();
        constructor.setAccessible(true);
        Object sample = constructor.newInstance();
        Field name = loaded.getDeclaredField("name");
        name.setAccessible(true);
        name.set(sample, "ann");
        var greet = loaded.getDeclaredMethod("greet");
        greet.setAccessible(true);
        assertThat(greet.invoke(sample)).isEqualTo("hi ann 1.5 1099511627776");
        memo.setAccessible(true);
        memo.set(sample, "parked");
        assertThat(memo.get(sample)).isEqualTo("parked");
    }

    @Test
    void enhancingTwiceChangesNothing() throws IOException {
        byte[] once = MemoFieldAdder.enhance(ClassFiles.bytes(Sample.class));
        assertThat(MemoFieldAdder.enhance(once)).isNull();
    }

    @Test
    void onlyMappedClassesAreEnhanced() throws IOException {
        assertThat(MemoFieldAdder.enhance(ClassFiles.bytes(Unmapped.class))).isNull();
        assertThat(MemoFieldAdder.enhance(ClassFiles.bytes(Marked.class))).isNull();
        assertThat(MemoFieldAdder.enhance(ClassFiles.bytes(MemoFieldAdderTest.class))).isNull();
    }

    @Test
    void bytesThatAreNotAClassFileAreAClearError() throws IOException {
        assertThatThrownBy(() -> MemoFieldAdder.enhance("hello, world".getBytes()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0xCAFEBABE");
        byte[] whole = ClassFiles.bytes(Sample.class);
        assertThatThrownBy(() -> MemoFieldAdder.enhance(Arrays.copyOf(whole, whole.length / 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends early");
    }


    /** Defines one class from given bytes, everything else from the test's class loader. */
    static final class OneClassLoader extends ClassLoader {

        private OneClassLoader() {
            super(MemoFieldAdderTest.class.getClassLoader());
        }

        static Class<?> define(String name, byte[] classFile) {
            return new OneClassLoader().defineClass(name, classFile, 0, classFile.length);
        }
    }
}
