package io.retort.orm;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.retort.internal.Checks;
import io.retort.orm.internal.loading.FetchBatcher;
import io.retort.orm.internal.loading.Loaders;
import io.retort.orm.internal.session.NestedTransaction;
import io.retort.orm.internal.session.SessionAccess;
import io.retort.orm.internal.session.SessionCore;
import io.retort.orm.internal.session.SessionOperations;
import io.retort.orm.internal.query.BulkWrites;
import io.retort.orm.internal.query.QueryRunner;
import io.retort.orm.internal.query.QuerySelections;
import io.retort.orm.internal.query.QuerySpec;
import io.retort.sql.Expr;
import io.retort.sql.Row;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A unit of work, as SQLAlchemy's {@code Session}: it tracks the objects you add and load (one
 * object per row), and {@link #flush()} writes the new, changed and deleted ones in foreign-key
 * order. A transaction begins when the session first needs the database; after {@link #commit()}
 * or {@link #rollback()} the session stays open and begins a new one when next used;
 * {@link #close()} ends it.
 *
 * <pre>{@code
 * Session session = sessions.open();            // caller closes it
 * session.add(new User("ed", "Ed Jones"));
 * session.commit().then(session.close());
 * }</pre>
 *
 * <p>A session serves one pipeline at a time; starting a second database operation while one
 * runs fails with an {@link IllegalStateException}. In-memory methods ({@code add}, {@code state},
 * ...) return at once.
 *
 * <p><b>Flush.</b> New objects are inserted parents first with multi-row statements that read the
 * generated keys back, changed objects are updated (changed columns only, one statement per class
 * and set of changed columns), deleted ones deleted children first with {@code IN} lists; an
 * unchanged object costs no statement. A {@code @Version} is checked and bumped by every UPDATE and
 * DELETE; a mismatch fails with {@link StaleObjectException} naming the stale objects.
 *
 * <p><b>When a flush fails</b> (constraint violation, stale version, lost connection), the
 * transaction is rolled back (inside {@link #beginNested}: to its savepoint only), so the database
 * is as it was, and every object is put back as it was before the flush: pending objects pending
 * with no generated key, versions, states and snapshots as before. The session stays open and
 * usable: correct the cause and flush again. After {@link #rollback()} the session holds no
 * objects: those inserted in the rolled-back transaction are transient again (generated keys
 * cleared), the others detached. After commit, objects keep their values (nothing is expired: a
 * reactive session cannot reload on attribute access).
 */
public final class Session {

    static {
        SessionAccess.register(Session::core);
    }

    private final SessionCore core;
    private final SessionOperations operations;

    Session(SessionCore core) {
        this.core = core;
        this.operations = new SessionOperations(core);
    }

    /** Adds a new object (pending until flushed) and, through SAVE cascades, the objects it reaches. */
    public void add(Object entity) {
        core.checkOpen("add");
        operations.add(Checks.notNull(entity, "entity"));
    }

    /** Adds every object of {@code entities}. */
    public void addAll(Iterable<?> entities) {
        core.checkOpen("addAll");
        operations.addAll(Checks.notNull(entities, "entities"));
    }

    /** Marks a persistent object for deletion at the next flush; a pending one is just dropped. */
    public void delete(Object entity) {
        core.checkOpen("delete");
        operations.delete(Checks.notNull(entity, "entity"));
    }

    /**
     * Writes pending changes in the current transaction, beginning one if needed, without
     * committing; completes without a statement when nothing changed. On failure see the class
     * comment: rolled back, objects restored, session usable.
     */
    public Mono<Void> flush() {
        return Mono.defer(() -> {
            core.checkOpen("flush");
            return core.guard().mono("flush", core.flush());
        }).name("retort.flush");
    }

    /** Flushes, then commits the current transaction; the session stays open. */
    public Mono<Void> commit() {
        return Mono.defer(() -> {
            core.checkOpen("commit");
            return core.guard().mono("commit", core.flush()
                    .then(core.transaction().commit())
                    .then(Mono.<Void>fromRunnable(operations::afterCommit)));
        }).name("retort.commit");
    }

    /**
     * Runs {@code work} inside a SAVEPOINT of the current transaction (SQLAlchemy's
     * {@code begin_nested()}), beginning the transaction if needed. Pending changes are flushed
     * before the savepoint. When {@code work} completes, its changes are flushed and the savepoint
     * released: they commit or roll back with the enclosing transaction. When {@code work} (or that
     * flush) fails or is cancelled, the database goes back to the savepoint and the session's
     * objects to how they stood when it began: values, states and keys restored, objects that entered
     * the session inside it gone again (inserted ones transient, their generated key cleared); the
     * enclosing transaction stays open and usable. Gives the first value of {@code work}.
     *
     * <pre>{@code
     * session.beginNested(nested -> { nested.add(new User("ed", "Ed")); return nested.flush(); })
     *        .onErrorResume(DatabaseException.class, e -> Mono.empty())   // the outer transaction goes on
     *        .then(session.commit());
     * }</pre>
     */
    public <T> Mono<T> beginNested(Function<? super Session, ? extends Publisher<T>> work) {
        Checks.notNull(work, "work");
        return Mono.defer(() -> {
            core.checkOpen("beginNested");
            return NestedTransaction.run(core, () -> work.apply(this));
        });
    }

    /** Rolls back the current transaction; the session then holds no objects (see the class comment). */
    public Mono<Void> rollback() {
        return Mono.defer(() -> {
            core.checkOpen("rollback");
            return core.guard().mono("rollback", andThen(core.transaction().rollback(), operations::afterRollback));
        }).name("retort.rollback");
    }

    /** Rolls back any open transaction, releases the connection and detaches every object. */
    public Mono<Void> close() {
        return Mono.defer(() -> {
            if (core.closed()) {
                return Mono.<Void>empty();
            }
            core.markClosed();
            return andThen(core.transaction().rollback(), operations::clear);
        }).name("retort.close");
    }

    /** The object of {@code type} with key {@code id}: from the identity map without a statement, else loaded; empty if none. */
    public <T> Mono<T> get(Class<T> type, Object id) {
        Checks.notNull(type, "type");
        Checks.notNull(id, "id");
        return Mono.defer(() -> {
            core.checkOpen("get");
            return core.guard().mono("get", operations.get(type, id));
        });
    }

    /** Reloads {@code entity}'s columns from the database, discarding its unflushed changes. */
    public <T> Mono<T> refresh(T entity) {
        Checks.notNull(entity, "entity");
        return Mono.defer(() -> {
            core.checkOpen("refresh");
            return core.guard().mono("refresh", operations.refresh(entity));
        });
    }

    /** The session's object for {@code entity}'s key with {@code entity}'s values copied on; new objects are added. */
    public <T> Mono<T> merge(T entity) {
        Checks.notNull(entity, "entity");
        return Mono.defer(() -> {
            core.checkOpen("merge");
            return core.guard().mono("merge", operations.merge(entity));
        });
    }

    /** Removes {@code entity} from the session without touching the database. */
    public void expunge(Object entity) {
        core.checkOpen("expunge");
        operations.expunge(Checks.notNull(entity, "entity"));
    }

    /** Where {@code entity} stands with this session. */
    public ObjectState state(Object entity) {
        return operations.state(Checks.notNull(entity, "entity"));
    }

    /** Objects added and not yet flushed. */
    public List<Object> newObjects() {
        return operations.newObjects();
    }

    /** Persistent objects with changes not yet flushed. */
    public List<Object> dirty() {
        return operations.dirty();
    }

    /** Objects marked for deletion. */
    public List<Object> deleted() {
        return operations.deleted();
    }

    /** The persistent objects by identity. */
    public Map<IdentityKey, Object> identityMap() {
        return operations.identityMap();
    }

    // Relationship loading (relationships engineer's block).

    private @Nullable FetchBatcher fetches;

    private synchronized FetchBatcher fetches() {
        if (fetches == null) {
            fetches = new FetchBatcher(core);
        }
        return fetches;
    }

    /**
     * Loads {@code attribute} for {@code objects} (already in this session) where it is not loaded
     * yet, with one statement per chunk of keys, plus the {@code fetch = SELECTIN} defaults it
     * reaches. Calls made together (less than 3 ms apart, as sibling
     * {@code flatMap} steps are) share one statement. Loaded values are never overwritten.
     *
     * <pre>{@code
     * session.fetch(users, User_.articles).thenMany(Flux.fromIterable(users));
     * Flux.fromIterable(users).flatMap(u -> session.fetch(List.of(u), User_.articles));   // one SELECT
     * }</pre>
     *
     * <p>Fails like any statement of the session (the error is the database's); cancelling a
     * request does not stop the batch other requests share.
     */
    public <E> Mono<Void> fetch(Collection<? extends E> objects, RelationshipAttribute<E, ?> attribute) {
        Checks.notNull(objects, "objects");
        Checks.notNull(attribute, "attribute");
        return Mono.defer(() -> {
            core.checkOpen("fetch");
            return objects.isEmpty() ? Mono.<Void>empty() : fetches().fetch(List.copyOf(objects), attribute);
        }).name("retort.fetch");
    }

    /**
     * Whether relationship {@code attribute} of {@code entity} holds its value. A reference
     * (many-to-one, one-to-one) loaded from the database holds null until loaded; this tells that
     * null from "no object". Objects you create hold what you set.
     */
    public boolean isLoaded(Object entity, RelationshipAttribute<?, ?> attribute) {
        Checks.notNull(entity, "entity");
        return Loaders.isLoaded(core, entity, Checks.notNull(attribute, "attribute").mapping());
    }

    // End of relationship loading.

    /** {@code work}, then {@code after} however it ends, before the result reaches the subscriber. */
    private static Mono<Void> andThen(Mono<Void> work, Runnable after) {
        return work.onErrorResume(error -> Mono.fromRunnable(after).then(Mono.error(error)))
                .doOnCancel(after)
                .then(Mono.fromRunnable(after));
    }


    // ---- Queries: this block belongs to the query layer (io.retort.orm.Query) ----

    /**
     * A query of {@code entity}: {@code all()} gives its objects, through this session's identity map.
     *
     * <pre>{@code
     * session.query(User.class).filter(User_.name.eq("ed")).one();
     * }</pre>
     */
    public <T> Query<T> query(Class<T> entity) {
        Checks.notNull(entity, "entity");
        return newQuery(List.of(entity), true);
    }

    /** A query of rows holding {@code entity} and {@code more} (classes, {@code aliased(..)} classes, expressions). */
    public Query<Row> query(Class<?> entity, Object... more) {
        return newQuery(items(entity, more), false);
    }

    /** A query of rows of {@code column} and {@code more}; the FROM is the first selected entity's table. */
    public Query<Row> query(Expr<?> column, Object... more) {
        return newQuery(items(column, more), false);
    }

    /** A query of rows holding the aliased entity and {@code more}. */
    public Query<Row> query(EntityAlias<?> alias, Object... more) {
        return newQuery(items(alias, more), false);
    }

    /**
     * Inserts each object's row, or updates the row with its primary key ({@code Sql.upsert}: ON
     * CONFLICT / ON DUPLICATE KEY / MERGE), without adding the objects to the session; an object
     * the session holds under the same key takes the values. Emits the database's row count.
     *
     * <pre>{@code
     * session.upsert(new Genre(1, "Rock"), new Genre(99, "Chiptune"));
     * }</pre>
     */
    public Mono<Long> upsert(Object... entities) {
        Checks.notNull(entities, "entities");
        Map<Class<?>, List<Object>> byClass = new java.util.LinkedHashMap<>();
        for (Object entity : entities) {
            byClass.computeIfAbsent(Checks.notNull(entity, "entity").getClass(), type -> new java.util.ArrayList<>())
                    .add(entity);
        }
        QueryRunner runner = new QueryRunner(core);
        return runner.run("upsert", connection -> Flux.fromIterable(byClass.entrySet())
                .concatMap(group -> new BulkWrites(core).upsert(core.model().mapping(group.getKey()), group.getValue())))
                .reduce(0L, Long::sum);
    }

    private <T> Query<T> newQuery(List<?> items, boolean entityResult) {
        return new Query<>(this, new QueryRunner(core),
                QuerySpec.of(QuerySelections.of(core.model(), core.bindings(), items), entityResult));
    }

    private static List<Object> items(Object first, Object[] more) {
        List<Object> items = new java.util.ArrayList<>(1 + Checks.notNull(more, "more").length);
        items.add(Checks.notNull(first, "first"));
        items.addAll(java.util.Arrays.asList(more));
        return items;
    }

    // ---- end of the query block ----

    /** The machinery behind this session, for the query layer. */
    SessionCore core() {
        return core;
    }

    @Override
    public String toString() {
        return "Session[" + core.identityMap().size() + " objects" + (core.closed() ? ", closed" : "") + "]";
    }
}
