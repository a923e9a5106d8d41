package io.retort.internal.engine;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.R2dbcTimeoutException;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;

import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;
import reactor.core.scheduler.Scheduler;
import reactor.util.context.Context;

/**
 * Fails a connection acquisition that has not delivered within the acquire timeout. Unlike
 * {@code Mono.timeout}, which schedules a timer for every acquisition, it starts a wait only when
 * the pool did not hand a connection over while being subscribed to (the common case for a warm
 * pool), and waits share one timer per engine ({@link AcquireWaiters}). A connection that arrives
 * after the deadline went off is given back to the pool.
 *
 * <pre>{@code
 * Mono<Connection> connection = AcquireDeadline.of(Mono.from(pool.create()), waiters);
 * }</pre>
 */
final class AcquireDeadline extends Mono<Connection> {

    private final Mono<Connection> source;
    private final AcquireWaiters waiters;

    private AcquireDeadline(Mono<Connection> source, AcquireWaiters waiters) {
        this.source = source;
        this.waiters = waiters;
    }

    static Mono<Connection> of(Mono<Connection> source, AcquireWaiters waiters) {
        return new AcquireDeadline(source, waiters);
    }

    /** With a line of its own: for tests. */
    static Mono<Connection> of(Mono<Connection> source, Duration timeout, Scheduler timer) {
        return new AcquireDeadline(source, new AcquireWaiters(timeout, timer));
    }

    @Override
    public void subscribe(CoreSubscriber<? super Connection> actual) {
        DeadlineSubscriber deadline = new DeadlineSubscriber(actual, waiters);
        source.subscribe(deadline);
        deadline.waitUnlessDone();
    }

    /** Passes the one connection (or error) on, unless the deadline or a cancel came first. */
    private static final class DeadlineSubscriber extends AcquireWaiters.Waiter implements CoreSubscriber<Connection>,
            Subscription {

        private static final AtomicIntegerFieldUpdater<DeadlineSubscriber> DECIDED =
                AtomicIntegerFieldUpdater.newUpdater(DeadlineSubscriber.class, "decided");

        private final CoreSubscriber<? super Connection> actual;
        private final AcquireWaiters waiters;
        private volatile @Nullable Subscription upstream;
        private volatile int decided;
        private volatile boolean waiting;

        DeadlineSubscriber(CoreSubscriber<? super Connection> actual, AcquireWaiters waiters) {
            this.actual = actual;
            this.waiters = waiters;
        }

        /** True once the outcome is decided: delivered, failed, timed out or cancelled. */
        private boolean decide() {
            if (!DECIDED.compareAndSet(this, 0, 1)) {
                return false;
            }
            if (waiting) {
                waiters.remove(this);
            }
            return true;
        }

        void waitUnlessDone() {
            if (decided != 0) {
                return;
            }
            waiting = true;
            waiters.add(this);
            if (decided != 0) {
                // Decided while the wait was starting: the decision may not have seen it.
                waiters.remove(this);
            }
        }

        @Override
        void expire() {
            if (decide()) {
                Subscription subscription = upstream;
                if (subscription != null) {
                    subscription.cancel();
                }
                actual.onError(new R2dbcTimeoutException("Connection acquisition timed out after "
                        + waiters.timeout().toMillis() + "ms"));
            }
        }

        @Override
        public Context currentContext() {
            return actual.currentContext();
        }

        @Override
        public void onSubscribe(Subscription subscription) {
            if (Operators.validate(upstream, subscription)) {
                upstream = subscription;
                actual.onSubscribe(this);
            }
        }

        @Override
        public void onNext(Connection connection) {
            if (decide()) {
                actual.onNext(connection);
                actual.onComplete();
            } else {
                Mono.from(connection.close()).subscribe(null, error -> Operators.onErrorDropped(error,
                        actual.currentContext()));
            }
        }

        @Override
        public void onError(Throwable error) {
            if (decide()) {
                actual.onError(error);
            } else {
                Operators.onErrorDropped(error, actual.currentContext());
            }
        }

        @Override
        public void onComplete() {
            if (decide()) {
                actual.onComplete();
            }
        }

        @Override
        public void request(long n) {
            Subscription subscription = upstream;
            if (subscription != null) {
                subscription.request(n);
            }
        }

        @Override
        public void cancel() {
            if (decide()) {
                Subscription subscription = upstream;
                if (subscription != null) {
                    subscription.cancel();
                }
            }
        }
    }
}
