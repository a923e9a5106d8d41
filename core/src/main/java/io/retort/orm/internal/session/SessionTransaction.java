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
 * rollback or close, and the savepoints of the nested transactions open in it. As in SQLAlchemy,
 * a transaction begins when the session first needs the database, and a new one after each
 * commit or rollback.
 */
public final class SessionTransaction {

    private final ConnectionScopes scopes;
    private final DriverCalls calls;
    private final StatementExecutor executor;
    private final Deque<String> savepoints = new ArrayDeque<>();
    private TransactionOptions options = TransactionOptions.DEFAULT;
    private volatile @Nullable Connection connection;
    private volatile @Nullable Mono<Connection> opening;
    private int savepointCounter;

    public SessionTransaction(ConnectionScopes scopes, DriverCalls calls, StatementExecutor executor) {
        this.scopes = scopes;
        this.calls = calls;
        this.executor = executor;
    }

    /**
     * The connection of the current transaction, beginning one if none is open. The acquisition
     * runs to its end even when the caller cancels (a {@code next()} downstream cancels right after
     * the first row): r2dbc-pool releases a connection whose acquisition is cancelled after it was
     * handed out, which would put a connection this session still holds back into the pool. Once
     * begun, the connection is the session's until commit, rollback or close.
     */
    public Mono<Connection> connection() {
        return Mono.defer(() -> {
            // Read opening before connection: the acquisition sets connection before it clears opening.
            Mono<Connection> pending = opening;
            Connection open = connection;
            if (open != null) {
                return Mono.just(open);
            }
            if (pending == null) {
                Sinks.One<Connection> begun = Sinks.one();
                pending = begun.asMono();
                opening = pending;
                scopes.acquire()
                        .flatMap(acquired -> scopes.begin(acquired, options)
                                .onErrorResume(error -> scopes.close(acquired).then(Mono.error(error))))
                        .subscribe(connected -> {
                            connection = connected;
                            opening = null;
                            begun.tryEmitValue(connected);
                        }, error -> {
                            opening = null;
                            begun.tryEmitError(error);
                        });
            }
            return pending;
        });
    }

    /** Whether a transaction is open. */
    public boolean active() {
        return connection != null;
    }

    /** Options for the transactions this session begins. */
    public void options(TransactionOptions next) {
        this.options = next;
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
