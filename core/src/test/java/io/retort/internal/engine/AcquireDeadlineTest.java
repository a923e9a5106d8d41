package io.retort.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.R2dbcTimeoutException;

import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/** The acquire deadline: no timer for a warm pool, a timeout error otherwise, nothing leaked either way. */
class AcquireDeadlineTest {

    private final VirtualTimeScheduler clock = VirtualTimeScheduler.create();
    private final AtomicInteger timers = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();
    private final Scheduler counting = new Scheduler() {
        @Override
        public Disposable schedule(Runnable task) {
            return clock.schedule(task);
        }

        @Override
        public Disposable schedule(Runnable task, long delay, TimeUnit unit) {
            timers.incrementAndGet();
            return clock.schedule(task, delay, unit);
        }

        @Override
        public long now(TimeUnit unit) {
            return clock.now(unit);
        }

        @Override
        public Worker createWorker() {
            return clock.createWorker();
        }
    };

    private Connection connection() {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close":
                            return Mono.fromRunnable(closed::incrementAndGet);
                        case "toString":
                            return "connection";
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "equals":
                            return proxy == args[0];
                        default:
                            break;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aConnectionHandedOverAtOnceArmsNoTimer() {
        Connection connection = connection();
        AcquireDeadline.of(Mono.just(connection), Duration.ofSeconds(1), counting)
                .as(StepVerifier::create).expectNext(connection).verifyComplete();
        assertThat(timers).hasValue(0);
    }

    @Test
    void aWaitingAcquisitionFailsAtTheDeadlineAndCancelsTheWait() {
        AtomicBoolean cancelled = new AtomicBoolean();
        Mono<Connection> never = Mono.<Connection>never().doOnCancel(() -> cancelled.set(true));
        StepVerifier.create(AcquireDeadline.of(never, Duration.ofMillis(500), counting))
                .then(() -> clock.advanceTimeBy(Duration.ofMillis(499)))
                .expectNoEvent(Duration.ZERO)
                .then(() -> clock.advanceTimeBy(Duration.ofMillis(1)))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(R2dbcTimeoutException.class)
                        .hasMessage("Connection acquisition timed out after 500ms"))
                .verify(Duration.ofSeconds(5));
        assertThat(timers).hasValue(1);
        assertThat(cancelled).isTrue();
    }

    @Test
    void aConnectionArrivingAfterTheDeadlineIsGivenBack() {
        AtomicReference<Subscriber<? super Connection>> pool = new AtomicReference<>();
        Mono<Connection> deaf = Mono.from(subscriber -> {
            pool.set(subscriber);
            subscriber.onSubscribe(new Subscription() {
                @Override
                public void request(long n) {
                }

                @Override
                public void cancel() {
                    // A pool that hands a connection over just as the deadline goes off.
                }
            });
        });
        StepVerifier.create(AcquireDeadline.of(deaf, Duration.ofMillis(100), counting))
                .then(() -> clock.advanceTimeBy(Duration.ofMillis(100)))
                .expectError(R2dbcTimeoutException.class)
                .verify(Duration.ofSeconds(5));
        pool.get().onNext(connection());
        pool.get().onComplete();
        assertThat(closed).hasValue(1);
    }

    @Test
    void aCancelledWaitNeverReportsATimeout() {
        AtomicInteger errors = new AtomicInteger();
        Disposable waiting = AcquireDeadline.of(Mono.<Connection>never(), Duration.ofMillis(100), counting)
                .subscribe(connection -> { }, error -> errors.incrementAndGet());
        waiting.dispose();
        clock.advanceTimeBy(Duration.ofSeconds(1));
        assertThat(errors).hasValue(0);
        assertThat(timers).hasValue(1);
    }

    @Test
    void waitsThatEndInTimeShareOneTimerAndEachLateOneFailsAtItsOwnDeadline() {
        AcquireWaiters waiters = new AcquireWaiters(Duration.ofMillis(500), counting);
        List<Sinks.One<Connection>> pool = new ArrayList<>();
        List<Connection> delivered = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Sinks.One<Connection> handOver = Sinks.one();
            pool.add(handOver);
            AcquireDeadline.of(handOver.asMono(), waiters).subscribe(delivered::add);
        }
        pool.forEach(handOver -> handOver.tryEmitValue(connection()));
        assertThat(delivered).hasSize(100);
        assertThat(timers).hasValue(1);

        List<Long> failedAt = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            AcquireDeadline.of(Mono.never(), waiters).subscribe(connection -> { },
                    error -> failedAt.add(clock.now(TimeUnit.MILLISECONDS)));
            clock.advanceTimeBy(Duration.ofMillis(100));
        }
        clock.advanceTimeBy(Duration.ofSeconds(2));
        assertThat(failedAt).containsExactly(500L, 600L, 700L);
    }
}
