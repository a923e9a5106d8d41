package io.retort.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

import io.retort.orm.MappingException;
import io.retort.orm.Metadata;
import io.retort.orm.processor.MetamodelProcessor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles small entity sources with javac: with the processor, mapping mistakes are compiler
 * errors on the field or class and good classes get a metamodel; without it, the same mistakes
 * fail at {@code Metadata.of} with the same words.
 */
class MetamodelProcessorTest {

    @TempDir
    Path out;

    private static final String NO_ID = "package demo; @io.retort.orm.Table(\"t\") public class NoId { String name; }";
    private static final String BAD_TYPE = "package demo; @io.retort.orm.Table(\"t\") public class BadType {"
            + " @io.retort.orm.Id Long id; java.util.Map<String, String> tags; }";
    private static final String NO_CTOR = "package demo; @io.retort.orm.Table(\"t\") public class NoCtor {"
            + " @io.retort.orm.Id Long id; public NoCtor(Long id) { this.id = id; } }";
    private static final String GOOD = "package demo; @io.retort.orm.Table(\"t\") public class Good {"
            + " @io.retort.orm.Id @io.retort.orm.GeneratedValue long id; String fullName; byte[] data;"
            + " public static class Inner { } }";
    private static final String NESTED = "package demo; public class Outer { @io.retort.orm.Table(\"n\")"
            + " public static class Item { @io.retort.orm.Id Long id; } }";

    @Test
    void mappingMistakesAreCompilerErrorsOnTheElement() throws IOException {
        List<Diagnostic<? extends JavaFileObject>> errors = compile(true, NO_ID, BAD_TYPE, NO_CTOR);
        assertThat(errors).extracting(d -> d.getMessage(Locale.ROOT)).containsExactlyInAnyOrder(
                "NoId has no @Id field; mark its primary key field(s) with @Id",
                "BadType.tags has unsupported type java.util.Map<java.lang.String,java.lang.String>; supported column"
                        + " types are Integer, Long, Short, String, Boolean, LocalDate, LocalDateTime, OffsetDateTime,"
                        + " Instant, LocalTime, Duration, Double, Float, BigDecimal, enums, byte[] and UUID; map"
                        + " relationships with @ManyToOne, @OneToMany, @OneToOne or @ManyToMany, or mark the field"
                        + " transient",
                "NoCtor has no no-argument constructor; add one (it may be private) so Retort can create instances"
                        + " when loading rows");
        assertThat(errors).filteredOn(d -> d.getMessage(Locale.ROOT).startsWith("BadType"))
                .singleElement().satisfies(d -> assertThat(d.getLineNumber()).isEqualTo(1L)
                        .satisfies(line -> assertThat(d.getColumnNumber()).isGreaterThan(60)));
    }

    @Test
    void generatesMetamodelForTopLevelAndNestedClasses() throws IOException {
        assertThat(compile(true, GOOD, NESTED)).isEmpty();
        String good = Files.readString(out.resolve("demo/Good_.java"));
        assertThat(good).contains("public static final io.retort.orm.ColumnAttribute<demo.Good, java.lang.Long> id"
                + " = io.retort.orm.ColumnAttribute.of(demo.Good.class, \"id\", java.lang.Long.class);")
                .contains("ColumnAttribute<demo.Good, java.lang.String> fullName")
                .contains("ColumnAttribute<demo.Good, byte[]> data");
        assertThat(Files.readString(out.resolve("demo/Outer_Item_.java")))
                .contains("ColumnAttribute<demo.Outer.Item, java.lang.Long> id");
    }

    @Test
    void withoutTheProcessorTheSameMistakesFailAtMetadataOf() throws Exception {
        assertThat(compile(false, NO_ID, BAD_TYPE, NO_CTOR)).isEmpty();
        try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] {out.toUri().toURL()},
                getClass().getClassLoader())) {
            assertThatThrownBy(() -> Metadata.of(loader.loadClass("demo.NoId"))).isInstanceOf(MappingException.class)
                    .hasMessage("NoId has no @Id field; mark its primary key field(s) with @Id");
            assertThatThrownBy(() -> Metadata.of(loader.loadClass("demo.BadType"))).isInstanceOf(MappingException.class)
                    .hasMessageStartingWith("BadType.tags has unsupported type java.util.Map<java.lang.String,"
                            + " java.lang.String>; supported column types are");
            assertThatThrownBy(() -> Metadata.of(loader.loadClass("demo.NoCtor"))).isInstanceOf(MappingException.class)
                    .hasMessageStartingWith("NoCtor has no no-argument constructor");
        }
    }

    private List<Diagnostic<? extends JavaFileObject>> compile(boolean process, String... sources) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
            files.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(out.toFile()));
            List<JavaFileObject> units = new ArrayList<>();
            for (String source : sources) {
                String name = source.replaceAll("(?s).*public class (\\w+).*", "$1");
                units.add(new SimpleJavaFileObject(URI.create("string:///demo/" + name + ".java"), JavaFileObject.Kind.SOURCE) {
                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return source;
                    }
                });
            }
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"),
                    process ? "-proc:only" : "-proc:none");
            JavaCompiler.CompilationTask task = compiler.getTask(null, files, diagnostics, options, null, units);
            if (process) {
                task.setProcessors(List.of(new MetamodelProcessor()));
            }
            task.call();
        }
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    }
}
