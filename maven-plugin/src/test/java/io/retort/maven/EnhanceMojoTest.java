package io.retort.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import io.retort.orm.Id;
import io.retort.orm.Table;

import org.apache.maven.plugin.MojoExecutionException;
import io.retort.testkit.ClassFiles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnhanceMojoTest {

    @Table("mojo_things")
    public static class Thing {
        @Id public Long id;
    }

    @Test
    void enhancesTheMappedClassesOfTheConfiguredDirectory(@TempDir Path classes) throws Exception {
        Path thing = ClassFiles.copy(Thing.class, classes);
        byte[] compiled = Files.readAllBytes(thing);

        mojo(classes.toFile(), false).execute();
        byte[] enhanced = Files.readAllBytes(thing);
        assertThat(enhanced).isNotEqualTo(compiled);
        assertThat(new String(enhanced, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("retort$memo");

        mojo(classes.toFile(), false).execute();
        assertThat(Files.readAllBytes(thing)).isEqualTo(enhanced);
    }

    @Test
    void skipAndAMissingDirectoryChangeNothing(@TempDir Path classes) throws Exception {
        Path thing = ClassFiles.copy(Thing.class, classes);
        byte[] compiled = Files.readAllBytes(thing);
        mojo(classes.toFile(), true).execute();
        mojo(classes.resolve("absent").toFile(), false).execute();
        assertThat(Files.readAllBytes(thing)).isEqualTo(compiled);
    }

    @Test
    void aBrokenClassFileFailsTheBuildNamingIt(@TempDir Path classes) throws Exception {
        Files.writeString(classes.resolve("Broken.class"), "not bytecode");
        assertThatThrownBy(() -> mojo(classes.toFile(), false).execute())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("Broken.class").hasMessageContaining("mvn clean");
    }

    private static EnhanceMojo mojo(File classes, boolean skip) throws ReflectiveOperationException {
        EnhanceMojo mojo = new EnhanceMojo();
        set(mojo, "classesDirectory", classes);
        set(mojo, "skip", skip);
        return mojo;
    }

    private static void set(EnhanceMojo mojo, String field, Object value) throws ReflectiveOperationException {
        var declared = EnhanceMojo.class.getDeclaredField(field);
        declared.setAccessible(true);
        declared.set(mojo, value);
    }
}
