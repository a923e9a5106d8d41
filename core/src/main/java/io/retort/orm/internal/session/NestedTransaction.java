package io.retort.orm.internal.session;

import java.util.function.Supplier;

import org.reactivestreams.Publisher;

import reactor.core.publisher.Mono;

/**
 * Runs work inside a SAVEPOINT of the session's transaction, as SQLAlchemy's
 * {@code begin_nested()}: pending changes are flushed first; on success the work's changes are
 * flushed and the savepoint released; on error or cancel the database goes back to the savepoint
 * and the session's objects back to how they stood when it began ({@link SessionSnapshot}).
 */
public final class NestedTransaction {

    private NestedTransaction() {
    }

    /** The first value of {@code work}, run in a savepoint of {@code core}'s transaction. */
    public static <T> Mono<T> run(SessionCore core, Supplier<? extends Publisher<T>> work) {
        return core.guard().mono("beginNested", core.flush().then(core.transaction().savepoint()))
                .flatMap(name -> {
                    SessionSnapshot before = SessionSnapshot.of(core.identityMap());
                    return Mono.usingWhen(Mono.just(name),
                            ignored -> body(core, work),
                            savepoint -> core.transaction().releaseSavepoint(savepoint),
                            (savepoint, error) -> undo(core, savepoint, before),
                            savepoint -> undo(core, savepoint, before));
                })
                .name("retort.nested");
    }

    private static <T> Mono<T> body(SessionCore core, Supplier<? extends Publisher<T>> work) {
        Mono<Void> flush = Mono.defer(() -> core.guard().mono("flush", core.flush()));
        return Mono.defer(() -> Mono.from(work.get()))
                .flatMap(value -> flush.thenReturn(value))
                .switchIfEmpty(flush.then(Mono.empty()));
    }

    private static Mono<Void> undo(SessionCore core, String savepoint, SessionSnapshot before) {
        return core.transaction().rollbackToSavepoint(savepoint)
                .onErrorResume(error -> Mono.empty())
                .then(Mono.fromRunnable(() -> {
                    core.transaction().closeSavepoint(savepoint);
                    before.restore(core.identityMap());
                }));
    }
}
