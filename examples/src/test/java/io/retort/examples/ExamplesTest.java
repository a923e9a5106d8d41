package io.retort.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The examples run on embedded H2 and print what the README shows. */
class ExamplesTest {

    @Test
    void chinookTourLoadsQueriesAndLoadsRelationshipsInBatches() {
        String out = run(() -> ChinookTour.main(new String[0]));
        assertThat(out).contains("Loaded 4155 objects in one unit of work")
                .contains("Artists like 'led%' or '%zeppelin%': [Dread Zeppelin, Led Zeppelin]   [1 statement]")
                .contains("Top genres by tracks: [Rock 1297, Latin 579, Metal 374]")
                .contains("albums and tracks in 3 statements: [AC/DC: 2 albums, 18 tracks")
                .contains("(26 artists)   [3 statements]")
                .contains("3503 in all")
                .contains("Streamed every track: 382 hours of music   [1 statement]");
    }

    @Test
    void quickTourCreatesInsertsAndStreams() {
        String out = run(() -> QuickTour.main(new String[0]));
        assertThat(out).contains("wendy is 24").contains("mary is 31").doesNotContain("ed is");
    }

    private static String run(Runnable program) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            program.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
