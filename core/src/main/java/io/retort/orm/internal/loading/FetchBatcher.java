package io.retort.orm.internal.loading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.retort.internal.engine.TaskBoundaries;
import io.retort.orm.LoaderOption;
import io.retort.orm.Orm;
import io.retort.orm.RelationshipAttribute;
import io.retort.orm.internal.RelationshipMapping;
import io.retort.orm.internal.session.SessionCore;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * The data loader behind {@code session.fetch}: requests for the same relationship made in one
 * pipeline step are loaded by one select-in run. The rule: a batch opens with its first request
 * and closes when the task that made it ends (the driver's event-loop task, or a Reactor
 * scheduler's task; see {@link TaskBoundaries}), then loads the union of the objects of every
 * request in it; each request completes when its batch is loaded. On a thread whose task
 * boundary cannot be seen (a caller's own thread), the batch closes once no request for it has
 * arrived for {@value #QUIET_MICROS} microseconds.
 *
 * <pre>{@code
 * Flux.fromIterable(users).flatMap(u -> session.fetch(List.of(u), User_.articles))   // one SELECT
 * }</pre>
 */
public final class FetchBatcher {

    static final long QUIET_MICROS = 3_000;

    private final SessionCore core;
    private final Map<RelationshipMapping, Batch> open = new HashMap<>();
    private Mono<Void> previous = Mono.empty();

    public FetchBatcher(SessionCore core) {
        this.core = core;
    }

    /** Loads {@code attribute} for {@code objects}, together with the other requests of its batch. */
    public Mono<Void> fetch(Collection<?> objects, RelationshipAttribute<?, ?> attribute) {
        return Mono.defer(() -> {
            RelationshipMapping relationship = attribute.mapping();
            Batch batch;
            boolean first;
            synchronized (this) {
                batch = open.get(relationship);
                first = batch == null;
                if (first) {
                    batch = new Batch(attribute);
                    open.put(relationship, batch);
                }
                batch.parents.addAll(objects);
            }
            Batch open = batch;
            if (first && !TaskBoundaries.runAfterCurrentTask(() -> dispatch(relationship, open),
                    core.runtime().driver().currentEventLoop())) {
                schedule(relationship, open);
            }
            return batch.done.asMono().doOnSubscribe(subscription -> touch(open));
        });
    }

    /** The quiet period counts from the end of the latest request's subscription. */
    private synchronized void touch(Batch batch) {
        batch.lastRequest = System.nanoTime();
    }

    private void schedule(RelationshipMapping relationship, Batch batch) {
        Schedulers.parallel().schedule(() -> dispatchWhenQuiet(relationship, batch), QUIET_MICROS, TimeUnit.MICROSECONDS);
    }

    private void dispatchWhenQuiet(RelationshipMapping relationship, Batch batch) {
        synchronized (this) {
            if (batch.lastRequest == 0
                    || System.nanoTime() - batch.lastRequest < TimeUnit.MICROSECONDS.toNanos(QUIET_MICROS)) {
                schedule(relationship, batch);
                return;
            }
        }
        dispatch(relationship, batch);
    }

    private void dispatch(RelationshipMapping relationship, Batch batch) {
        List<Object> parents;
        synchronized (this) {
            open.remove(relationship);
            parents = new ArrayList<>(batch.parents);
        }
        List<LoaderOption> options = List.of(Orm.selectinload(batch.attribute));
        Mono<Void> run;
        synchronized (this) {
            // Batches run one after another: the session serves one statement at a time.
            run = previous.onErrorResume(error -> Mono.empty())
                    .then(Mono.defer(() -> core.guard().mono("fetch",
                            Loaders.load(core, batch.attribute.entity(), parents, options))))
                    .cache();
            previous = run;
        }
        run.subscribe(null, batch.done::tryEmitError, batch.done::tryEmitEmpty);
    }

    private static final class Batch {

        final RelationshipAttribute<?, ?> attribute;
        final List<Object> parents = new ArrayList<>();
        final Sinks.Empty<Void> done = Sinks.empty();
        /** When the latest request's subscription ended; 0 until the first one has. */
        long lastRequest;

        Batch(RelationshipAttribute<?, ?> attribute) {
            this.attribute = attribute;
        }
    }
}
