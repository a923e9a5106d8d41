package io.retort.orm.internal.session;

import reactor.core.publisher.Flux;

/**
 * Lets a long stream of entities run in bounded memory: every {@value #BATCH} emitted entities,
 * the objects that joined the session up to a batch ago and were not yet looked at (the entities
 * and what loaders loaded for them) are released if unchanged, so those the user no longer holds
 * can be collected. At least a batch of lag leaves the subscriber time to act on an entity before
 * the check. Those that joined before the session grew large enough to release anything are
 * released at the first batch after it did, not held to the end of the stream. See
 * {@link IdentityMap} for the rule that follows.
 */
public final class StreamRelease {

    static final int BATCH = 1_000;

    private final SessionCore core;
    private int emitted;
    /** The first join slot not yet looked at. */
    private int from;
    /** The join order's length a batch ago. */
    private int previous;
    private int compactions;

    private StreamRelease(SessionCore core) {
        this.core = core;
        IdentityMap identityMap = core.identityMap();
        this.from = identityMap.joinMark();
        this.previous = from;
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
            compactions = identityMap.compactions();        // marks taken before are void; the next flush releases what is left
            from = mark;
            previous = mark;
            return;
        }
        if (identityMap.releasing()) {
            identityMap.releaseJoined(from, previous, state -> CleanCheck.clean(core, state));
            from = previous;
        }
        previous = mark;
    }
}
