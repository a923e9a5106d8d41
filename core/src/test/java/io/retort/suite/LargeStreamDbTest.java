package io.retort.suite;

import static io.retort.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.retort.Engine;
import io.retort.testkit.DbTest;
import io.retort.testkit.TestDatabase;

import org.junit.jupiter.api.Test;

import reactor.test.StepVerifier;

/**
 * Streams a million rows through {@code engine.execute} in a JVM limited to 64 MB of heap (the
 * dialect modules run this class in its own surefire execution with {@code -Xmx64m}): buffering
 * the result would take several times that.
 */
@DbTest
class LargeStreamDbTest {

    private static final int ROWS = 1_000_000;

    @Test
    void streamsAMillionRowsInConstantMemory() {
        assertThat(Runtime.getRuntime().maxMemory()).as("this test must run with -Xmx64m")
                .isLessThanOrEqualTo(80L * 1024 * 1024);
        Engine engine = TestDatabase.engine();
        engine.execute(text(TestDatabase.seriesSql(ROWS)))
                .map(row -> row.get("payload", String.class).length())
                .reduce(0L, (sum, length) -> sum + 1)
                .as(StepVerifier::create)
                .expectNext((long) ROWS)
                .verifyComplete();
    }
}
