package io.retort.testkit;

import java.time.Duration;

import io.retort.Engine;

/** Waits for a pool to return to idle; releases after cancel complete asynchronously. */
public final class PoolAssertions {

    private PoolAssertions() {
    }

    /** Fails unless {@code engine} has no connection acquired within {@code within}. */
    public static void assertIdle(Engine engine, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (engine.acquiredConnections() != 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        int acquired = engine.acquiredConnections();
        if (acquired != 0) {
            throw new AssertionError("The engine still has " + acquired + " connection(s) acquired after the test;"
                    + " a code path did not release its connection");
        }
    }
}
