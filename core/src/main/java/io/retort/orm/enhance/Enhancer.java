package io.retort.orm.enhance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.retort.orm.internal.access.MemoFieldAdder;

/**
 * Adds one field, {@code private transient Object retort$memo}, to every class annotated
 * {@code @Table} in a directory of compiled classes. Optional: enhanced or not, a class maps and
 * behaves the same. A session parks there what only matters while the object lives (the snapshot
 * of an object it no longer holds strongly), so a long stream's bookkeeping is collected with its
 * objects instead of being copied by the garbage collector first: streaming runs faster and with
 * fewer collections. The field is private, transient and synthetic: serialization, the default
 * {@code serialVersionUID}, Jackson and Retort's own mapping ignore it.
 *
 * <p>Usually run by the Maven plugin after compilation:
 * <pre>{@code
 * <plugin>
 *   <groupId>io.retort</groupId>
 *   <artifactId>retort-maven-plugin</artifactId>
 *   <version>0.1.0-SNAPSHOT</version>
 *   <executions><execution><goals><goal>enhance</goal></goals></execution></executions>
 * </plugin>
 * }</pre>
 * or by hand ({@code java -cp retort-core.jar io.retort.orm.enhance.Enhancer target/classes}), or
 * replaced by declaring the field in the class yourself: {@code private transient Object retort$memo;}.
 * Running it twice changes nothing.
 */
public final class Enhancer {

    private Enhancer() {
    }

    /**
     * Enhances the mapped classes under {@code classes} in place; answers how many it changed.
     *
     * @throws IOException when a class file cannot be read or written
     * @throws IllegalArgumentException naming the file when a {@code .class} file is not a class file
     */
    public static int enhance(Path classes) throws IOException {
        if (!Files.isDirectory(classes)) {
            throw new IllegalArgumentException(classes + " is not a directory of compiled classes");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(path -> path.toString().endsWith(".class") && Files.isRegularFile(path))
                    .collect(Collectors.toList());
        }
        int enhanced = 0;
        for (Path file : files) {
            if (enhance(file, Files.readAllBytes(file))) {
                enhanced++;
            }
        }
        return enhanced;
    }

    private static boolean enhance(Path file, byte[] classFile) throws IOException {
        byte[] enhanced;
        try {
            enhanced = MemoFieldAdder.enhance(classFile);
        } catch (IllegalArgumentException unreadable) {
            throw new IllegalArgumentException("Cannot enhance " + file + ": " + unreadable.getMessage(), unreadable);
        }
        if (enhanced == null) {
            return false;
        }
        Path written = file.resolveSibling(file.getFileName() + ".retort");
        Files.write(written, enhanced);
        Files.move(written, file, StandardCopyOption.REPLACE_EXISTING);    // a rename: never half a class file
        return true;
    }

    /** {@code java io.retort.orm.enhance.Enhancer <classes directory>...}: enhances each directory. */
    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: java io.retort.orm.enhance.Enhancer <compiled classes directory>...");
            System.exit(2);
        }
        try {
            for (String directory : args) {
                System.out.println("Retort enhanced " + enhance(Path.of(directory)) + " mapped classes in " + directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
