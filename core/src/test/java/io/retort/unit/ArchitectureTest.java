package io.retort.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Lower layers never import higher ones: engine -> sql -> schema -> orm. */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/io/retort");

    @Test
    void engineLayerImportsNoHigherLayer() throws IOException {
        assertThat(violations("internal/engine", "io.retort.sql", "io.retort.schema", "io.retort.orm")).isEmpty();
    }

    @Test
    void sqlLayerImportsNeitherSchemaNorOrm() throws IOException {
        assertThat(violations("sql", "io.retort.schema", "io.retort.orm")).isEmpty();
    }

    @Test
    void schemaLayerImportsNoOrm() throws IOException {
        assertThat(violations("schema", "io.retort.orm")).isEmpty();
    }

    private static List<String> violations(String folder, String... forbidden) throws IOException {
        List<String> found = new ArrayList<>();
        Path root = SOURCES.resolve(folder);
        if (!Files.isDirectory(root)) {
            return found;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    String trimmed = line.trim();
                    if (!trimmed.startsWith("import ")) {
                        continue;
                    }
                    for (String prefix : forbidden) {
                        if (trimmed.matches("import (static )?" + prefix.replace(".", "\\.") + "[.;].*")) {
                            found.add(file + ": " + trimmed);
                        }
                    }
                }
            }
        }
        return found;
    }
}
