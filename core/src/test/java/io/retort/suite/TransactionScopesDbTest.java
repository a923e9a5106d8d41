package io.retort.suite;

import static io.retort.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.retort.DatabaseException;
import io.retort.Engine;
import io.retort.model.UowChild;
import io.retort.model.UowCounter;
import io.retort.model.UowLine;
import io.retort.model.UowNode;
import io.retort.model.UowParent;
import io.retort.orm.Isolation;
import io.retort.orm.Metadata;
import io.retort.orm.Session;
import io.retort.orm.SessionFactory;
import io.retort.testkit.DbTest;
import io.retort.testkit.PoolAssertions;
import io.retort.testkit.TestDatabase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Signal;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

/** Transaction scopes: commit, rollback on error and cancel, isolation levels and retries of real deadlocks. */
@DbTest
class TransactionScopesDbTest {

    private final Engine engine = TestDatabase.engine();
    private final Metadata metadata = Metadata.of(UowParent.class, UowChild.class, UowNode.class, UowCounter.class,
            UowLine.class);
    private final SessionFactory sessions = SessionFactory.of(engine, metadata);

    @BeforeEach
    void create() {
        metadata.dropAll(engine).then(metadata.createAll(engine)).as(StepVerifier::create).verifyComplete();
        sessions.inTransaction(session -> {
            session.addAll(List.of(new UowCounter(1L, 0), new UowCounter(2L, 0)));
            return Mono.empty();
        }).as(StepVerifier::create).verifyComplete();
    }

    @AfterEach
    void drop() {
        metadata.dropAll(engine).as(StepVerifier::create).verifyComplete();
    }

    private Mono<Long> parents() {
        return engine.execute(text("select count(*) as n from uow_parents")).next().map(row -> row.get(0, Long.class));
    }

    private static Mono<Void> addParent(Session session, String name) {
        session.add(new UowParent(name, 0));
        return session.flush();
    }

    @Test
    void inTransactionCommitsWhenTheWorkCompletes() {
        sessions.inTransaction(session -> addParent(session, "kept")).then(parents())
                .as(StepVerifier::create).expectNext(1L).verifyComplete();
    }

    @Test
    void inTransactionRollsBackWhenTheWorkFails() {
        sessions.inTransaction(session -> addParent(session, "lost").then(Mono.error(new IllegalStateException("boom"))))
                .as(StepVerifier::create).verifyErrorMessage("boom");
        parents().as(StepVerifier::create).expectNext(0L).verifyComplete();
    }

    @Test
    void inTransactionRollsBackWhenCancelledAfterItsFlush() throws InterruptedException {
        Sinks.One<Boolean> flushed = Sinks.one();
        TestDatabase.recorder().reset();
        sessions.inTransaction(session -> addParent(session, "cancelled")
                        .then(Mono.fromRunnable(() -> flushed.tryEmitValue(true)))
                        .then(Mono.never()))
                .takeUntilOther(flushed.asMono())
                .as(StepVerifier::create).verifyComplete();
        assertThat(TestDatabase.recorder().statements()).anySatisfy(sql -> assertThat(sql).containsIgnoringCase("insert"));
        PoolAssertions.assertIdle(engine, Duration.ofSeconds(5));
        parents().as(StepVerifier::create).expectNext(0L).verifyComplete();
    }

    @Test
    void inSessionDoesNotCommit() {
        sessions.inSession(session -> addParent(session, "uncommitted")).then(parents())
                .as(StepVerifier::create).expectNext(0L).verifyComplete();
    }

    /** On H2 (run inside each call) one refresh may finish before the next starts, so it tries until two overlap. */
    @Test
    void usingOneSessionFromTwoPipelinesAtOnceFailsFast() {
        Session session = sessions.open();
        session.get(UowCounter.class, 1L).zipWhen(first -> session.get(UowCounter.class, 2L))
                .flatMapMany(counters -> Flux.range(0, 50)
                        .concatMap(attempt -> Mono.when(session.refresh(counters.getT1()), session.refresh(counters.getT2()))
                                .then(Mono.<Throwable>empty())
                                .onErrorResume(Mono::just)))
                .next()
                .flatMap(Mono::error)
                .as(StepVerifier::create)
                .verifyErrorSatisfies(error -> assertThat(error).isInstanceOf(IllegalStateException.class)
                        .hasMessageEndingWith(" is already running another operation, so refresh cannot start; a session"
                                + " serves one pipeline at a time: chain its operations with then, concatMap or"
                                + " flatMap(..., 1), or open one session per concurrent pipeline"));
        session.close().as(StepVerifier::create).verifyComplete();
    }

    /** Each transaction sees what its isolation level promises, on H2 too (set with H2 2.x's own statement). */
    @Test
    void eachTransactionRunsAtTheFactorysIsolationLevel() {
        seenAfterAConcurrentCommit(Isolation.READ_COMMITTED, 2L).as(StepVerifier::create).expectNext(1)
                .verifyComplete();
        seenAfterAConcurrentCommit(Isolation.REPEATABLE_READ, 1L).as(StepVerifier::create).expectNext(0)
                .verifyComplete();
    }

    /** Reads counter {@code id}, lets another transaction commit a change to it, and reads it again. */
    private Mono<Integer> seenAfterAConcurrentCommit(Isolation level, Long id) {
        return sessions.isolation(level).inTransaction(session -> session.get(UowCounter.class, id)
                .flatMap(counter -> sessions.inTransaction(other -> other.get(UowCounter.class, id)
                                .doOnNext(elsewhere -> elsewhere.total = elsewhere.total + 1))
                        .then(session.refresh(counter)))
                .map(counter -> counter.total));
    }

    @Test
    void retryingRunsTheWholeWorkAgainAfterARealDeadlock() {
        AtomicInteger firstRuns = new AtomicInteger();
        AtomicInteger secondRuns = new AtomicInteger();
        Mono<Void> barrier = barrier();
        SessionFactory retrying = sessions.retrying(3);
        Mono.when(crossUpdate(retrying, 1L, 2L, "first", firstRuns, barrier),
                        crossUpdate(retrying, 2L, 1L, "second", secondRuns, barrier))
                .as(StepVerifier::create).verifyComplete();
        assertThat(firstRuns.get() + secondRuns.get()).isEqualTo(3);
        String victim = firstRuns.get() == 2 ? "first" : "second";
        String winner = victim.equals("first") ? "second" : "first";
        engine.execute(text("select name from uow_parents")).map(row -> row.get(0, String.class)).collectList()
                .as(StepVerifier::create)
                .assertNext(names -> assertThat(names).containsExactlyInAnyOrder(victim + "-run2", winner + "-run1"))
                .verifyComplete();
    }

    @Test
    void withoutRetryingADeadlockFailsOneTransactionAsRetryable() {
        Mono<Void> barrier = barrier();
        Flux.merge(crossUpdate(sessions, 1L, 2L, "first", new AtomicInteger(), barrier).materialize(),
                        crossUpdate(sessions, 2L, 1L, "second", new AtomicInteger(), barrier).materialize())
                .filter(Signal::isOnError)
                .map(signal -> ((DatabaseException) signal.getThrowable()).kind())
                .as(StepVerifier::create).expectNext(DatabaseException.Kind.RETRYABLE).verifyComplete();
        parents().as(StepVerifier::create).expectNext(1L).verifyComplete();
    }

    /** Completes for each caller once two callers have arrived. */
    private static Mono<Void> barrier() {
        AtomicInteger arrived = new AtomicInteger();
        Sinks.Empty<Void> open = Sinks.empty();
        return Mono.defer(() -> {
            if (arrived.incrementAndGet() == 2) {
                open.tryEmitEmpty();
            }
            return open.asMono();
        });
    }

    /**
     * Updates counter {@code first}, waits (on its first run) until the other worker has updated its
     * first counter, then updates {@code second}: two workers in opposite order deadlock. Each run
     * also inserts a parent named after the worker and run, so the data shows which runs committed.
     */
    private static Mono<Void> crossUpdate(SessionFactory factory, Long first, Long second, String worker,
            AtomicInteger runs, Mono<Void> barrier) {
        return factory.inTransaction(session -> {
            int run = runs.incrementAndGet();
            session.add(new UowParent(worker + "-run" + run, run));
            return increment(session, first)
                    .then(run == 1 ? barrier : Mono.empty())
                    .then(increment(session, second));
        });
    }

    private static Mono<Void> increment(Session session, Long id) {
        return session.get(UowCounter.class, id)
                .flatMap(counter -> {
                    counter.total = counter.total + 1;
                    return session.flush();
                });
    }
}
