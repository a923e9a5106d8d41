package io.retort.orm.internal.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.retort.orm.ObjectState;
import io.retort.orm.internal.EntityMapping;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One flush of a session: inserts new objects parents first ({@link InsertBatcher}), sets the
 * foreign keys that close cycles ({@link PostUpdates}), updates changed columns in batches
 * ({@link UpdateBatcher}), runs the {@link FlushExtension}s and the {@link RelationshipFlush}
 * (hidden join columns, many-to-many link rows, dependents of deleted owners), then deletes
 * children first ({@link DeleteBatcher}). When any statement fails, the transaction is rolled
 * back (inside {@code beginNested}: to its savepoint), every object is put back as it was before
 * the flush, and a batch that matched too few rows becomes a {@code StaleObjectException} naming
 * the stale objects.
 */
final class UnitOfWork {

    private final SessionCore core;
    private final FlushUndo undo = new FlushUndo();

    UnitOfWork(SessionCore core) {
        this.core = core;
    }

    /** Flushes everything; completes without a statement when nothing changed. */
    Mono<Void> flush() {
        return Mono.defer(() -> {
            boolean extensionWork = core.flushExtensions().stream().anyMatch(extension -> extension.hasWork(core));
            if (core.identityMap().size() == 0 && !extensionWork) {
                return Mono.empty();
            }
            List<EntityMapping> order = core.bindings().flushOrder();
            // Cascades, back-populated sides, orphans and plain key fields first: they change what is pending.
            RelationshipFlush relationships = new RelationshipFlush(core);
            boolean relationshipWork = relationships.prepare(order);
            Map<EntityMapping, List<InstanceState>> pending = new LinkedHashMap<>();
            boolean work = false;
            List<InstanceState> states = core.identityMap().states();
            for (InstanceState state : states) {
                if (state.state() == ObjectState.PENDING) {
                    pending.computeIfAbsent(state.mapping(), key -> new ArrayList<>()).add(state);
                    work = true;
                } else if (!work) {
                    work = state.state() == ObjectState.DELETED && !state.deletedFlushed()
                            || state.state() == ObjectState.PERSISTENT && modified(state);
                }
            }
            if (!work && !extensionWork && !relationshipWork) {
                core.identityMap().release(states, state -> true);     // every one was just checked
                return Mono.empty();
            }
            return core.transaction().connection()
                    .flatMap(connection -> write(new FlushContext(core, connection, undo), order, pending, relationships))
                    .doOnSuccess(ignored -> {
                        undo.forget();
                        relationships.flushed();
                        core.identityMap().release(core.identityMap().states(), state -> true);
                    })
                    .onErrorResume(this::failed);
        }).name("retort.flush");
    }

    private boolean modified(InstanceState state) {
        ForeignKeyValues.syncFields(state.entity(), core.joinColumns(state.mapping()));
        return state.modified();
    }

    private Mono<Void> write(FlushContext context, List<EntityMapping> order,
            Map<EntityMapping, List<InstanceState>> pending, RelationshipFlush relationships) {
        PostUpdates postUpdates = new PostUpdates();
        return new InsertBatcher(context, postUpdates).write(order, pending)
                .then(postUpdates.write(context))
                .then(new UpdateBatcher(context).write(order))
                .then(Flux.fromIterable(core.flushExtensions())
                        .concatMap(extension -> extension.writeAssociations(context))
                        .then())
                .then(relationships.afterWrites(context.connection()))
                .then(relationships.beforeDeletes(context.connection()))
                .then(new DeleteBatcher(context).write(order));
    }

    private Mono<Void> failed(Throwable error) {
        Mono<Void> rollback = core.transaction().rollbackFailedFlush()
                .onErrorResume(rollbackError -> Mono.empty())
                .then(Mono.fromRunnable(() -> undo.restore(core.identityMap())));
        if (error instanceof StaleRowsException stale) {
            return rollback.then(StaleRows.resolve(core, stale)).flatMap(Mono::error);
        }
        return rollback.then(Mono.error(error));
    }
}
