package io.retort.internal.engine;

import java.time.Duration;

/**
 * How the engine pools connections.
 *
 * @param size the most connections open at once (also the number warmed)
 * @param acquireTimeout how long acquiring (and creating) a connection may take
 * @param maxIdleTime how long an idle connection is kept
 * @param validate whether to validate a connection with a round trip before handing it out
 */
public record PoolSettings(int size, Duration acquireTimeout, Duration maxIdleTime, boolean validate) {

    /** The default size: four per CPU, at least four, so a WebFlux app keeps every event loop busy. */
    public static int defaultSize() {
        return Math.max(4, Runtime.getRuntime().availableProcessors() * 4);
    }
}
