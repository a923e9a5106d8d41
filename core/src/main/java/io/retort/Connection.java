package io.retort;

import java.util.function.Function;

import io.retort.internal.Checks;
import io.retort.internal.engine.EngineRuntime;
import io.retort.internal.engine.SqlStatement;
import io.retort.internal.engine.TransactionOptions;
import io.retort.sql.Executable;
import io.retort.sql.Row;
import io.retort.sql.RowReaders;
import io.retort.sql.TextClause;
import io.retort.sql.internal.SqlCompiler;
import io.retort.sql.internal.TextCompiler;

import org.reactivestreams.Publisher;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One pooled connection. From {@link Engine#connect()} the caller closes it; inside
 * {@link Engine#withConnection} and {@link Engine#inTransaction} the engine does.
 *
 * <pre>{@code
 * engine.withConnection(c -> c.execute(text("select * from users")))
 *       .map(row -> row.get("name", String.class));
 * }</pre>
 */
public final class Connection {

    private final io.r2dbc.spi.Connection delegate;
    private final Dialect dialect;
    private final EngineRuntime runtime;

    Connection(io.r2dbc.spi.Connection delegate, Dialect dialect, EngineRuntime runtime) {
        this.delegate = delegate;
        this.dialect = dialect;
        this.runtime = runtime;
    }

    /** Streams the rows of {@code statement}. */
    public Flux<Row> execute(TextClause statement) {
        Checks.notNull(statement, "statement");
        return Flux.defer(() -> runtime.executor().query(delegate, compile(statement), RowReaders.reader()));
    }

    /** Runs {@code statement} and emits the number of rows it changed. */
    public Mono<Long> executeUpdate(TextClause statement) {
        Checks.notNull(statement, "statement");
        return Mono.defer(() -> runtime.executor().update(delegate, compile(statement)));
    }

    /**
     * Streams the rows of a Core statement: a {@code Select}, or an {@code Insert} with
     * {@code returning(..)}. A statement the dialect must split (an IN list or a batch above the
     * bind-parameter limit) runs as several, one after another on this connection.
     */
    public Flux<Row> execute(Executable statement) {
        Checks.notNull(statement, "statement");
        return Flux.defer(() -> Flux.fromIterable(SqlCompiler.compile(statement, dialect.syntax())))
                .concatMap(compiled -> runtime.executor().query(delegate, compiled, RowReaders.reader()));
    }

    /**
     * Runs a Core statement (Insert, Update, Delete, Upsert, BulkUpdate) and emits the rows it
     * changed, summed over the statements it was split into; run it in {@link #inTransaction}
     * when a split statement must apply all or nothing.
     */
    public Mono<Long> executeUpdate(Executable statement) {
        Checks.notNull(statement, "statement");
        return Flux.defer(() -> Flux.fromIterable(SqlCompiler.compile(statement, dialect.syntax())))
                .concatMap(compiled -> runtime.executor().update(delegate, compiled))
                .reduce(0L, Long::sum);
    }

    /** Runs {@code work} in a transaction on this connection: commit on complete, rollback on error or cancel. */
    public <T> Flux<T> inTransaction(Function<? super Connection, ? extends Publisher<T>> work) {
        Checks.notNull(work, "work");
        return runtime.scopes().inTransaction(delegate, TransactionOptions.DEFAULT, ignored -> work.apply(this));
    }

    /** Starts a transaction; the caller commits or rolls back. */
    public Mono<Void> beginTransaction() {
        return runtime.scopes().begin(delegate, TransactionOptions.DEFAULT).then();
    }

    /** Commits the current transaction. */
    public Mono<Void> commit() {
        return runtime.scopes().commit(delegate);
    }

    /** Rolls back the current transaction. */
    public Mono<Void> rollback() {
        return runtime.scopes().rollback(delegate);
    }

    /** Returns the connection to the pool. */
    public Mono<Void> close() {
        return runtime.scopes().close(delegate);
    }

    /** The dialect of the engine this connection came from. */
    public Dialect dialect() {
        return dialect;
    }

    /** The R2DBC connection underneath, for what Retort does not cover. Do not close it directly. */
    public io.r2dbc.spi.Connection unwrap() {
        return delegate;
    }

    private SqlStatement compile(TextClause statement) {
        return TextCompiler.compile(statement.sql(), statement.values(), dialect.syntax());
    }
}
