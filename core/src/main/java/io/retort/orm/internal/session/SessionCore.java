package io.retort.orm.internal.session;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.r2dbc.spi.Connection;
import io.retort.Dialect;
import io.retort.internal.engine.EngineRuntime;
import io.retort.internal.engine.TransactionOptions;
import io.retort.internal.engine.SqlStatement;
import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.MappedModel;
import io.retort.sql.Executable;
import io.retort.sql.internal.SqlCompiler;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Everything one session works with: the engine runtime and dialect, the mapped model bound to
 * the dialect, the identity map, the transaction it holds and the guard against concurrent use.
 * The public {@code Session} is a facade over it.
 */
public final class SessionCore {

    private final EngineRuntime runtime;
    private final Dialect dialect;
    private final EntityBindings bindings;
    private final IdentityMap identityMap = new IdentityMap();
    private final EntityHydrator hydrator = new EntityHydrator(identityMap);
    private final SessionTransaction transaction;
    private final SessionGuard guard;
    private final List<FlushExtension> flushExtensions = FlushExtensions.standard();
    private final Map<EntityMapping, List<ForeignKeyValues.JoinColumn>> joinColumns = new HashMap<>();
    private @Nullable EntityMapping lastMapping;
    private List<ForeignKeyValues.JoinColumn> lastJoins = List.of();
    private boolean closed;

    public SessionCore(EngineRuntime runtime, Dialect dialect, EntityBindings bindings, long number,
            TransactionOptions options) {
        this.runtime = runtime;
        this.dialect = dialect;
        this.bindings = bindings;
        this.transaction = new SessionTransaction(runtime.scopes(), runtime.scopes().calls(),
                runtime.executor());
        this.transaction.options(options);
        this.guard = new SessionGuard(number);
    }

    /**
     * Writes pending changes, as {@code session.flush()} does but without taking the session's
     * guard: the query layer calls it before running a query so the query sees pending changes.
     * Completes without a statement when nothing changed.
     */
    public Mono<Void> autoflush() {
        return flush();
    }

    /** {@code work} after an autoflush; just {@code work} when the session holds nothing a flush could write. */
    public <T> Flux<T> afterAutoflush(Flux<T> work) {
        return identityMap.size() == 0 && !flushExtensionsHaveWork() ? work : autoflush().thenMany(work);
    }

    private boolean flushExtensionsHaveWork() {
        for (FlushExtension extension : flushExtensions()) {
            if (extension.hasWork(this)) {
                return true;
            }
        }
        return false;
    }

    /** Runs one unit of work (the caller holds the guard). */
    public Mono<Void> flush() {
        return new UnitOfWork(this).flush();
    }

    /** The foreign-key columns {@code mapping}'s many-to-one relationships write, resolved once per session. */
    public List<ForeignKeyValues.JoinColumn> joinColumns(EntityMapping mapping) {
        if (mapping != lastMapping) {
            lastJoins = joinColumns.computeIfAbsent(mapping, key -> ForeignKeyValues.of(bindings.model(), key));
            lastMapping = mapping;
        }
        return lastJoins;
    }

    /** The steps each flush runs after its inserts and updates, before its deletes; mutable, in order. */
    public List<FlushExtension> flushExtensions() {
        return flushExtensions;
    }

    public EngineRuntime runtime() {
        return runtime;
    }

    public Dialect dialect() {
        return dialect;
    }

    public MappedModel model() {
        return bindings.model();
    }

    public EntityBindings bindings() {
        return bindings;
    }

    public IdentityMap identityMap() {
        return identityMap;
    }

    public EntityHydrator hydrator() {
        return hydrator;
    }

    public SessionTransaction transaction() {
        return transaction;
    }

    public SessionGuard guard() {
        return guard;
    }

    /** Runs {@code work} on the connection of the current transaction, beginning one if needed. */
    public <T> Flux<T> withConnection(Function<Connection, ? extends Publisher<T>> work) {
        return transaction.connection().flatMapMany(work);
    }

    /** {@code work}, one read, on the session's connection: in its transaction if one has begun, else in autocommit. */
    public <T> Flux<T> withReadConnection(Function<Connection, ? extends Publisher<T>> work) {
        return transaction.readConnection().flatMapMany(work);
    }

    /** The statements that run {@code statement} on this session's dialect. */
    public List<SqlStatement> compile(Executable statement) {
        return SqlCompiler.compile(statement, dialect.syntax());
    }

    /** Rows changed by {@code statement}, run in the session's transaction. */
    public Mono<Long> update(Executable statement) {
        return withConnection(connection -> Flux.fromIterable(compile(statement))
                .concatMap(compiled -> runtime.executor().update(connection, compiled)))
                .reduce(0L, Long::sum);
    }

    public boolean closed() {
        return closed;
    }

    public void markClosed() {
        closed = true;
    }

    /** Fails when the session is closed, saying what to do instead. */
    public void checkOpen(String operation) {
        if (closed) {
            throw new IllegalStateException("This session is closed, so " + operation + " cannot run; open a new"
                    + " session with sessions.open() or use sessions.inSession(...)");
        }
    }
}
