package io.retort.orm.enhance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.retort.orm.Metadata;
import io.retort.orm.internal.FieldAccess;
import io.retort.orm.internal.MappedModel;
import io.retort.testkit.ClassFiles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnhancerTest {

    public static class Helper {
        public String label;
    }

    @Test
    void enhancesTheMappedClassesOfADirectoryInPlaceOnce(@TempDir Path classes) throws Exception {
        Path thing = ClassFiles.copy(EnhancedThing.class, classes);
        Path helper = ClassFiles.copy(Helper.class, classes);
        byte[] helperBefore = Files.readAllBytes(helper);
        byte[] thingBefore = Files.readAllBytes(thing);

        assertThat(Enhancer.enhance(classes)).isEqualTo(1);
        assertThat(Files.readAllBytes(helper)).isEqualTo(helperBefore);
        assertThat(Files.readAllBytes(thing)).isNotEqualTo(thingBefore);
        byte[] enhanced = Files.readAllBytes(thing);
        assertThat(Enhancer.enhance(classes)).isZero();
        assertThat(Files.readAllBytes(thing)).isEqualTo(enhanced);
        try (var left = Files.list(thing.getParent())) {
            assertThat(left.filter(path -> path.toString().endsWith(".retort"))).isEmpty();
        }

        Class<?> loaded = new ClassLoader(getClass().getClassLoader()) {
            Class<?> define() {
                return defineClass(EnhancedThing.class.getName(), enhanced, 0, enhanced.length);
            }
        }.define();
        Metadata metadata = Metadata.of(loaded);
        assertThat(metadata.table("enhanced_things").orElseThrow().columns())
                .extracting(column -> column.name()).containsExactly("id", "label");     // the memo is no column
        FieldAccess memo = MappedModel.of(List.of(loaded)).mapping(loaded).memo();
        assertThat(memo).as("the session finds the enhancer's field").isNotNull();
        Object instance = loaded.getConstructor().newInstance();
        memo.set(instance, "parked");
        assertThat(memo.get(instance)).isEqualTo("parked");
        assertThat(MappedModel.of(List.of(EnhancedThing.class)).mapping(EnhancedThing.class).memo()).isNull();
    }

    @Test
    void aBrokenClassFileIsNamedAndANonDirectoryRefused(@TempDir Path classes) throws IOException {
        Path broken = classes.resolve("Broken.class");
        Files.writeString(broken, "not bytecode");
        assertThatThrownBy(() -> Enhancer.enhance(classes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Broken.class").hasMessageContaining("0xCAFEBABE");
        assertThatThrownBy(() -> Enhancer.enhance(broken))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a directory");
    }
}
