package io.retort.orm.internal.session;

import java.util.ArrayDeque;
import java.util.Deque;

import io.r2dbc.spi.Connection;
import io.retort.internal.engine.ConnectionScopes;
import io.retort.internal.engine.DriverCalls;
import io.retort.internal.engine.StatementExecutor;
import io.retort.internal.engine.TransactionOptions;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The connection and transaction a session holds between its first statement and its commit,
 * rollback or close, and the savepoints of the nested transactions open in it. A session takes a
 * connection when it first needs the database and keeps it until commit, rollback or close. Its
 * transaction begins before the first write (a flush with changes, a bulk statement, a
 * savepoint), or before the first statement of any kind when the session was opened by
 * {@code inTransaction} or with an isolation level; until then single-statement reads run in
 * autocommit, which saves the BEGIN and ROLLBACK round trips of a read-only session. After each
 * commit or rollback the next statement starts over.
 */
public final class SessionTransaction {

    private final ConnectionScopes scopes;
    private final DriverCalls calls;
    private final StatementExecutor executor;
    private final Deque<String> savepoints = new ArrayDeque<>(2);     // nested transactions are rare and shallow
    private TransactionOptions options = TransactionOptions.DEFAULT;
    private boolean beginsAtFirstStatement;
    private volatile @Nullable Connection connection;
    private volatile boolean begun;
    private volatile @Nullable Mono<Connection> opening;
    private int savepointCounter;

    public SessionTransaction(ConnectionScopes scopes, DriverCalls calls, StatementExecutor executor) {
        this.scopes = scopes;
        this.calls = calls;
        this.executor = executor;
    }

    /** The connection of the current transaction, taking a connection and beginning one as needed. */
    public Mono<Connection> connection() {
        return open(true);
    }

    /**
     * The connection for one read statement: the session's connection, in its transaction if one
     * has begun (or must begin at the first statement), otherwise in autocommit.
     */
    public Mono<Connection> readConnection() {
        return open(beginsAtFirstStatement);
    }

    /**
     * The session's connection, with its transaction begun when {@code transaction}. The work runs
     * to its end even when the caller cancels (a {@code next()} downstream cancels right after the
     * first row): r2dbc-pool releases a connection whose acquisition is cancelled after it was
     * handed out, which would put a connection this session still holds back into the pool.
     */
    private Mono<Connection> open(boolean transaction) {
        return Mono.defer(() -> {
            // Read opening before connection: the work sets connection before it clears opening.
            Mono<Connection> pending = opening;
            Connection held = connection;
            if (held != null && (begun || !transaction)) {
                return Mono.just(held);
            }
            if (pending != null) {
                return pending.then(open(transaction));
            }
            Sinks.One<Connection> ready = Sinks.unsafe().one();      // emitted once, from the one subscriber below
            pending = ready.asMono();
            opening = pending;
            Mono<Connection> acquired = held != null ? Mono.just(held) : scopes.acquire();
            acquired.flatMap(taken -> !transaction ? Mono.just(taken) : scopes.begin(taken, options)
                            .doOnNext(ignored -> begun = true)
                            .onErrorResume(error -> held != null ? Mono.error(error)
                                    : scopes.close(taken).then(Mono.error(error))))
                    .subscribe(taken -> {
                        connection = taken;
                        opening = null;
                        ready.tryEmitValue(taken);
                    }, error -> {
                        opening = null;
                        ready.tryEmitError(error);
                    });
            return pending;
        });
    }

    /** Whether a transaction has begun. */
    public boolean active() {
        return connection != null && begun;
    }

    /** Options for the transactions this session begins; other than the default, they begin at the first statement. */
    public void options(TransactionOptions next) {
        this.options = next;
        this.beginsAtFirstStatement |= !next.equals(TransactionOptions.DEFAULT);
    }

    /** Makes every transaction begin before the session's first statement, reads included. */
    public void beginAtFirstStatement() {
        this.beginsAtFirstStatement = true;
    }

    /** Commits and releases the connection; on a failed commit, rolls back and releases it too. */
    public Mono<Void> commit() {
        return Mono.defer(() -> {
            Connection open = connection;
            if (open == null) {
                return Mono.empty();
            }
            connection = null;
            savepoints.clear();
            if (!begun) {
                return scopes.close(open);
            }
            begun = false;
            return scopes.commit(open)
                    .onErrorResume(error -> scopes.rollback(open).onErrorResume(ignored -> Mono.empty())
                            .then(scopes.close(open))
                            .then(Mono.error(error)))
                    .then(Mono.defer(() -> scopes.close(open)));
        });
    }

    /** Rolls back and releases the connection, if a transaction is open or being opened. */
    public Mono<Void> rollback() {
        return Mono.defer(() -> {
            Mono<Connection> pending = opening;
            if (pending != null) {
                return pending.onErrorResume(error -> Mono.empty()).then(rollback());
            }
            Connection open = connection;
            if (open == null) {
                return Mono.empty();
            }
            connection = null;
            savepoints.clear();
            if (!begun) {
                return scopes.close(open);
            }
            begun = false;
            return scopes.rollback(open)
                    .onErrorResume(error -> scopes.close(open).then(Mono.error(error)))
                    .then(Mono.defer(() -> scopes.close(open)));
        });
    }

    /** After a failed flush: back to the innermost savepoint if one is open, else the whole transaction. */
    Mono<Void> rollbackFailedFlush() {
        return Mono.defer(() -> savepoints.isEmpty() ? rollback() : rollbackToSavepoint(savepoints.peek()));
    }

    /** Opens a savepoint in the current transaction (beginning one if needed); gives its name. */
    Mono<String> savepoint() {
        return connection().flatMap(open -> {
            String name = "retort_savepoint_" + (++savepointCounter);
            return calls.mono(Mono.from(open.createSavepoint(name)))
                    .onErrorMap(error -> executor.translate(error, "SAVEPOINT " + name))
                    .then(Mono.fromCallable(() -> {
                        savepoints.push(name);
                        return name;
                    }));
        });
    }

    /** Releases savepoint {@code name}, keeping what was done since it. */
    Mono<Void> releaseSavepoint(String name) {
        return Mono.defer(() -> {
            Connection open = connection;
            if (open == null || !savepoints.contains(name)) {
                return Mono.empty();
            }
            popThrough(name);
            return calls.mono(Mono.from(open.releaseSavepoint(name)))
                    .onErrorMap(error -> executor.translate(error, "RELEASE SAVEPOINT " + name));
        });
    }

    /** Undoes what was done since savepoint {@code name} and closes it; nothing if the transaction ended. */
    Mono<Void> rollbackToSavepoint(String name) {
        return Mono.defer(() -> {
            Connection open = connection;
            if (open == null || !savepoints.contains(name)) {
                return Mono.empty();
            }
            while (!name.equals(savepoints.peek())) {
                savepoints.pop();
            }
            return calls.mono(Mono.from(open.rollbackTransactionToSavepoint(name)))
                    .onErrorMap(error -> executor.translate(error, "ROLLBACK TO SAVEPOINT " + name));
        });
    }

    /** Forgets savepoint {@code name} (and any inside it) after rolling back to it. */
    void closeSavepoint(String name) {
        if (savepoints.contains(name)) {
            popThrough(name);
        }
    }

    private void popThrough(String name) {
        while (!savepoints.isEmpty() && !name.equals(savepoints.pop())) {
            continue;
        }
    }
}
