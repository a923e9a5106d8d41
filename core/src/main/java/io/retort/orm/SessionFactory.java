package io.retort.orm;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.retort.DatabaseException;
import io.retort.Engine;
import io.retort.internal.Checks;
import io.retort.internal.EngineAccess;
import io.retort.internal.engine.TransactionOptions;
import io.retort.orm.internal.session.EntityBindings;
import io.retort.orm.internal.session.SessionCore;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Makes sessions on one engine for one metadata, as SQLAlchemy's {@code sessionmaker(bind=engine)}.
 * Thread-safe and immutable; create one per application and derive variants with
 * {@link #isolation(Isolation)} and {@link #retrying(int)}.
 *
 * <pre>{@code
 * SessionFactory sessions = SessionFactory.of(engine, metadata);
 * Mono<User> saved = sessions.inTransaction(session -> {
 *     User ed = new User("ed", "Ed Jones");
 *     session.add(ed);
 *     return session.flush().thenReturn(ed);
 * });
 * sessions.isolation(Isolation.SERIALIZABLE).retrying(3).inTransaction(session -> transfer(session));
 * }</pre>
 */
public final class SessionFactory {

    private static final Duration FIRST_BACKOFF = Duration.ofMillis(20);

    private final Engine engine;
    private final Metadata metadata;
    private final EntityBindings bindings;
    private final AtomicLong counter;
    private final @Nullable Isolation isolation;
    private final int attempts;

    private SessionFactory(Engine engine, Metadata metadata, EntityBindings bindings, AtomicLong counter,
            @Nullable Isolation isolation, int attempts) {
        this.engine = engine;
        this.metadata = metadata;
        this.bindings = bindings;
        this.counter = counter;
        this.isolation = isolation;
        this.attempts = attempts;
    }

    /** Sessions on {@code engine} for the classes of {@code metadata}. */
    public static SessionFactory of(Engine engine, Metadata metadata) {
        Checks.notNull(engine, "engine");
        Checks.notNull(metadata, "metadata");
        return new SessionFactory(engine, metadata, new EntityBindings(metadata.model(), engine.dialect().schema()),
                new AtomicLong(), null, 1);
    }

    /** A factory like this one whose sessions begin every transaction at {@code level}. */
    public SessionFactory isolation(Isolation level) {
        return new SessionFactory(engine, metadata, bindings, counter, Checks.notNull(level, "level"), attempts);
    }

    /**
     * A factory like this one whose {@link #inTransaction} runs the whole work again, in a new
     * session, when it fails with a serialization failure or deadlock
     * ({@link DatabaseException.Kind#RETRYABLE}: SQLSTATE 40001 or 40P01, MySQL error 1213), up to
     * {@code attempts} runs in all, with a short growing pause between them. Other errors, and the
     * last retryable one, are passed on as they are. The work must be safe to run again: build new
     * objects inside it.
     */
    public SessionFactory retrying(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
        }
        return new SessionFactory(engine, metadata, bindings, counter, isolation, attempts);
    }

    /** A new session; the caller closes it with {@link Session#close()}. */
    public Session open() {
        TransactionOptions options = isolation == null ? TransactionOptions.DEFAULT
                : new TransactionOptions(isolation.level(), false);
        return new Session(new SessionCore(EngineAccess.runtime(engine), engine.dialect(), bindings,
                counter.incrementAndGet(), options));
    }

    /**
     * Runs {@code work} in a new session WITHOUT an implicit commit: what it does not commit
     * itself is rolled back. The session is closed however the work ends (complete, error or
     * cancel), and is {@link Sessions#current()} inside it.
     */
    public <T> Mono<T> inSession(Function<? super Session, ? extends Publisher<T>> work) {
        Checks.notNull(work, "work");
        return Mono.usingWhen(Mono.fromSupplier(this::open),
                session -> Mono.from(work.apply(session)).contextWrite(context -> context.put(Session.class, session)),
                Session::close,
                (session, error) -> session.close(),
                Session::close);
    }

    /**
     * Runs {@code work} in a new session and transaction and COMMITS when it completes (flushing
     * first); rolls back when it fails or is cancelled. The session is closed either way and is
     * {@link Sessions#current()} inside it. With {@link #retrying(int)}, a retryable failure runs
     * the work again in a new session.
     */
    public <T> Mono<T> inTransaction(Function<? super Session, ? extends Publisher<T>> work) {
        Checks.notNull(work, "work");
        Mono<T> once = Mono.defer(() -> transactionOnce(work));
        if (attempts == 1) {
            return once;
        }
        return once.retryWhen(Retry.backoff(attempts - 1L, FIRST_BACKOFF)
                .filter(SessionFactory::retryable)
                .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
    }

    private <T> Mono<T> transactionOnce(Function<? super Session, ? extends Publisher<T>> work) {
        return Mono.usingWhen(Mono.fromSupplier(this::openTransactional),
                session -> Mono.from(work.apply(session)).contextWrite(context -> context.put(Session.class, session)),
                session -> session.commit().onErrorResume(error -> session.close().then(Mono.error(error)))
                        .then(session.close()),
                (session, error) -> session.rollback().onErrorResume(ignored -> Mono.empty()).then(session.close()),
                session -> session.rollback().onErrorResume(ignored -> Mono.empty()).then(session.close()));
    }

    /** A session whose transaction begins before its first statement, reads included. */
    private Session openTransactional() {
        Session session = open();
        session.core().transaction().beginAtFirstStatement();
        return session;
    }

    private static boolean retryable(Throwable error) {
        return error instanceof DatabaseException database && database.kind() == DatabaseException.Kind.RETRYABLE;
    }

    public Engine engine() {
        return engine;
    }

    public Metadata metadata() {
        return metadata;
    }
}
