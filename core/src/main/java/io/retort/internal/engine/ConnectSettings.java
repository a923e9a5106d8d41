package io.retort.internal.engine;

import java.time.Duration;

/**
 * Settings the engine hands a dialect when it builds a driver connection factory.
 *
 * @param connectTimeout how long one connection attempt may take
 * @param eventLoops how many event-loop threads the driver should spread connections over
 */
public record ConnectSettings(Duration connectTimeout, int eventLoops) {
}
