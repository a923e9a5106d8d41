package io.retort.internal.engine;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Places driver calls on the driver's {@link DriverSupport#executionScheduler()}: a no-op for
 * network drivers, a hop to a blocking-work scheduler for an embedded database.
 */
public final class DriverCalls {

    private final Scheduler scheduler;
    private final boolean hops;

    public DriverCalls(DriverSupport driver) {
        this.scheduler = driver.executionScheduler();
        this.hops = scheduler != Schedulers.immediate();
    }

    /** {@code call}, subscribed on the driver's scheduler. */
    public <T> Mono<T> mono(Mono<T> call) {
        return hops ? call.subscribeOn(scheduler) : call;
    }

    /** {@code call}, subscribed on the driver's scheduler. */
    public <T> Flux<T> flux(Flux<T> call) {
        return hops ? call.subscribeOn(scheduler) : call;
    }

    /** The scheduler driver calls run on. */
    public Scheduler scheduler() {
        return scheduler;
    }
}
