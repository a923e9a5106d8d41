package io.retort.internal.engine;

import java.time.Duration;
import java.util.function.Function;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;

import org.reactivestreams.Publisher;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The one place that opens connections and transactions. {@link #withConnection} releases the
 * connection on complete, error and cancel; {@link #inTransaction} commits on complete and rolls
 * back on error and on cancel. Everything else in Retort is built on these two.
 */
public final class ConnectionScopes {

    private final ConnectionFactory pool;
    private final ErrorTranslator errors;
    private final StatementExecutor executor;
    private final DriverCalls calls;
    private final DriverSupport driver;
    private final AcquireWaiters waiters;

    public ConnectionScopes(ConnectionFactory pool, Duration acquireTimeout, ErrorTranslator errors,
            StatementExecutor executor, DriverCalls calls, DriverSupport driver) {
        this.driver = driver;
        this.waiters = new AcquireWaiters(acquireTimeout, Schedulers.parallel());
        this.pool = pool;
        this.errors = errors;
        this.executor = executor;
        this.calls = calls;
    }

    /** Where driver calls run (see {@link DriverCalls}). */
    public DriverCalls calls() {
        return calls;
    }

    /** A pooled connection, or a timeout error after the acquire timeout; the caller closes it. */
    public Mono<Connection> acquire() {
        return calls.mono(AcquireDeadline.of(Mono.defer(() -> Mono.<Connection>from(pool.create())), waiters))
                .onErrorMap(errors::connectError);
    }

    /** Runs {@code work} on a pooled connection and releases it however the work ends. */
    public <T> Flux<T> withConnection(Function<? super Connection, ? extends Publisher<T>> work) {
        return Flux.usingWhen(acquire(), work, this::close, (connection, error) -> close(connection), this::close);
    }

    /**
     * Runs {@code work} in a transaction on {@code connection}, which the caller holds: commit
     * on complete, rollback on error and on cancel.
     */
    public <T> Flux<T> inTransaction(Connection connection, TransactionOptions options,
            Function<? super Connection, ? extends Publisher<T>> work) {
        return Flux.usingWhen(begin(connection, options),
                ignored -> work.apply(connection),
                ignored -> commit(connection),
                (ignored, error) -> rollback(connection),
                ignored -> rollback(connection));
    }

    /** BEGIN, with {@code options}; errors are translated. */
    public Mono<Connection> begin(Connection connection, TransactionOptions options) {
        Publisher<Void> begin = options.equals(TransactionOptions.DEFAULT)
                ? connection.beginTransaction()
                : driver.beginTransaction(connection, options);
        return calls.mono(Mono.from(begin))
                .onErrorMap(error -> executor.translate(error, "BEGIN"))
                .thenReturn(connection);
    }

    /** COMMIT; errors are translated. */
    public Mono<Void> commit(Connection connection) {
        return calls.mono(Mono.from(connection.commitTransaction()))
                .onErrorMap(error -> executor.translate(error, "COMMIT"));
    }

    /** ROLLBACK; errors are translated. */
    public Mono<Void> rollback(Connection connection) {
        return calls.mono(Mono.from(connection.rollbackTransaction()))
                .onErrorMap(error -> executor.translate(error, "ROLLBACK"));
    }

    /** Returns {@code connection} to the pool. */
    public Mono<Void> close(Connection connection) {
        return calls.mono(Mono.from(connection.close()));
    }
}
