package io.retort.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Compiled class files of test classes, for tests of the build-time enhancer. */
public final class ClassFiles {

    private ClassFiles() {
    }

    /** The bytes of {@code type}'s class file. */
    public static byte[] bytes(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream("/" + resource(type))) {
            return in.readAllBytes();
        }
    }

    /** Copies {@code type}'s class file under {@code root}, in its package's folders; answers where. */
    public static Path copy(Class<?> type, Path root) throws IOException {
        Path target = root.resolve(resource(type));
        Files.createDirectories(target.getParent());
        Files.write(target, bytes(type));
        return target;
    }

    private static String resource(Class<?> type) {
        return type.getName().replace('.', '/') + ".class";
    }
}
