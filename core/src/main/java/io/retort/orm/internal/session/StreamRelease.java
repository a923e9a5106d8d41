package io.retort.orm.internal.session;

import reactor.core.publisher.Flux;

/**
 * Lets a long stream of entities run in bounded memory: every {@value #BATCH} emitted entities,
 * the objects that joined the session two batches ago (the entities and what loaders loaded for
 * them) are released if unchanged, so those the user no longer holds can be collected. Two
 * batches of lag leave the subscriber time to act on an entity before the check; see
 * {@link IdentityMap} for the rule that follows.
 */
public final class StreamRelease {

    static final int BATCH = 1_000;

    private final SessionCore core;
    private int emitted;
    private int older = -1;
    private int previous;
    private int compactions;

    private StreamRelease(SessionCore core) {
        this.core = core;
        IdentityMap identityMap = core.identityMap();
        this.previous = identityMap.joinMark();
        this.compactions = identityMap.compactions();
    }

    /** {@code entities}, releasing what they brought into the session as they go by. */
    public static <T> Flux<T> track(SessionCore core, Flux<T> entities) {
        return Flux.defer(() -> {
            StreamRelease release = new StreamRelease(core);
            return entities.doOnNext(entity -> release.emitted());
        });
    }

    private void emitted() {
        if (++emitted % BATCH != 0) {
            return;
        }
        IdentityMap identityMap = core.identityMap();
        int mark = identityMap.joinMark();
        if (identityMap.compactions() != compactions) {
            compactions = identityMap.compactions();
            older = -1;
            previous = mark;
            return;
        }
        if (older >= 0) {
            identityMap.releaseJoined(older, previous, state -> CleanCheck.clean(core, state));
        }
        older = previous;
        previous = mark;
    }
}
