package io.retort.orm.internal.session;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.retort.orm.IdentityKey;
import io.retort.orm.ObjectState;
import io.retort.orm.internal.EntityMapping;

import org.jspecify.annotations.Nullable;

/**
 * The objects of one session: by identity key (one row, one object) and by object reference,
 * in the order they joined the session.
 *
 * <p>As in SQLAlchemy, the map holds objects weakly once it is sure they have nothing to write:
 * a session that has more than {@value #RELEASE_ABOVE} objects releases the unchanged persistent
 * ones after each flush and, while a query streams, those it emitted a while ago (see
 * {@link #release}). The user's own references keep an object alive; when none is left, it is
 * collected and its entry goes, so a stream of any length runs in bounded memory. New, deleted
 * and changed objects are always held. An object changed after its release and dropped before the
 * next flush is lost with its change, so hold what you change (collect it, or flush first).
 *
 * <p>Objects are filed by reference only when someone first looks one up that way (flush,
 * {@code add}, loaders): a session that just streams rows never pays for that second index.
 */
public final class IdentityMap {

    /** Sessions with at most this many objects hold every object strongly. */
    static final int RELEASE_ABOVE = 10_000;

    /** Where collected objects' states are announced; made when the first object is released. */
    private @Nullable ReferenceQueue<Object> collected;
    private final KeyIndex byKey = new KeyIndex();
    private WeakIdentityIndex byObject = new WeakIdentityIndex();
    /** How many slots of {@link #order}, from the start, are filed in {@link #byObject}. */
    private int indexed;
    private final List<Retired> retired = new ArrayList<>();
    /** The tracked states in the order they joined; null where one was removed (until compacted). */
    private ArrayList<@Nullable InstanceState> order = new ArrayList<>();
    private int removed;
    private int compactions;
    /** Bumped whenever the set of tracked objects or their pinning changes; keys {@link #cachedStates}. */
    private int version;
    private @Nullable List<InstanceState> cachedStates;
    private int cachedVersion = -1;

    /** The state of {@code entity}, or null when the session does not know it. */
    public @Nullable InstanceState state(Object entity) {
        InstanceState state = byObject.get(entity);
        if (state == null && indexed < order.size()) {
            indexJoined();
            state = byObject.get(entity);
        }
        return state;
    }

    /** Files by reference the objects that joined since the last look-up by reference. */
    private void indexJoined() {
        for (int i = indexed; i < order.size(); i++) {
            InstanceState state = order.get(i);
            if (current(state, i)) {
                byObject.put(state);
            }
        }
        indexed = order.size();
    }

    /**
     * The state of {@code entity}, filed under primary key {@code id}: found by key, which is
     * cheaper than by identity (no identity hash, primitive probing), and checked to be this object.
     */
    public @Nullable InstanceState state(Object entity, Class<?> type, @Nullable Object id) {
        if (id != null) {
            InstanceState byId = byKey.get(type, id);
            if (byId != null && byId.referent() == entity) {
                return byId;
            }
        }
        return state(entity);
    }

    /** The object of class {@code type} loaded under primary key {@code id}, or null; pinned (see {@link #states()}). */
    public @Nullable InstanceState find(Class<?> type, Object id) {
        return live(byKey.get(type, id));
    }

    /** The object loaded under {@code key}, or null. */
    public @Nullable InstanceState find(IdentityKey key) {
        return live(byKey.get(key));
    }

    private @Nullable InstanceState live(@Nullable InstanceState state) {
        if (state != null && !state.pin()) {
            purge();
            return null;
        }
        return state;
    }

    /** Tracks {@code entity} as new. */
    public InstanceState addPending(Object entity, EntityMapping mapping) {
        purge();
        InstanceState state = new InstanceState(entity, mapping, ObjectState.PENDING);
        join(state);
        return state;
    }

    /** Tracks {@code entity}, loaded from the database, under primary key {@code id} (no key object made). */
    public InstanceState addLoaded(Object entity, EntityMapping mapping, Object id) {
        purge();
        InstanceState state = new InstanceState(entity, mapping, ObjectState.PERSISTENT);
        state.id(id);
        byKey.put(mapping.type(), id, state);
        join(state);
        return state;
    }

    /** Marks a flushed pending object persistent under its new key. */
    public void persisted(InstanceState state, IdentityKey key) {
        state.key(key);
        state.state(ObjectState.PERSISTENT);
        state.insertedInTransaction(true);
        byKey.put(key, state);
    }

    /** Puts {@code state} back to {@code previous} under {@code key} (undoing a failed flush). */
    void restore(InstanceState state, ObjectState previous, @Nullable IdentityKey key) {
        if (state.key() != null && !state.key().equals(key)) {
            byKey.remove(state.key());
        }
        state.key(key);
        state.state(previous);
        if (previous == ObjectState.PENDING) {
            state.insertedInTransaction(false);
        }
        if (key != null) {
            byKey.put(key, state);
        }
    }

    /** Files a persistent object under its new key after its primary key was updated. */
    public void rekey(InstanceState state, IdentityKey key) {
        if (state.key() != null) {
            byKey.remove(state.key());
        }
        state.key(key);
        byKey.put(key, state);
    }

    /** Tracks {@code state} again, as it was (undoing a nested transaction that removed it). */
    void reinstate(InstanceState state) {
        Object entity = state.referent();
        if (entity == null) {
            return;
        }
        if (state(entity) != state) {
            join(state);
        }
        if (state.key() != null) {
            byKey.put(state.key(), state);
        }
    }

    /** Changes the state of a tracked object. */
    public void mark(InstanceState state, ObjectState next) {
        state.state(next);
    }

    /** Forgets {@code state}'s object; it becomes detached (or transient if it never had a row). */
    public void remove(InstanceState state) {
        version++;
        byObject.remove(state);
        if (current(state, state.joinIndex)) {
            removed++;
            order.set(state.joinIndex, null);       // its snapshot and values go now, not at the next compaction
        }
        state.joinIndex = -1;
        Object id = state.id();
        if (id != null) {
            byKey.remove(state.mapping().type(), id, state);
        }
    }

    /**
     * Every tracked object state, in the order they joined, each pinned (its object held strongly
     * until the next {@link #release}); a copy, so callers may change the session meanwhile.
     */
    public List<InstanceState> states() {
        purge();
        List<InstanceState> cached = cachedStates;
        if (cached != null && cachedVersion == version) {
            return cached;      // a flush asks several times; nothing joined, left or was released since
        }
        List<InstanceState> states = new ArrayList<>(order.size() - removed);
        for (int i = 0; i < order.size(); i++) {
            InstanceState state = order.get(i);
            if (current(state, i) && state.pin()) {
                states.add(state);
            }
        }
        cachedStates = Collections.unmodifiableList(states);
        cachedVersion = version;
        return cachedStates;
    }

    /** Persistent (and deleted) objects by key, in the order they joined. */
    public Map<IdentityKey, Object> view() {
        Map<IdentityKey, Object> view = new LinkedHashMap<>();
        for (InstanceState state : states()) {
            if (state.key() != null && byKey.get(state.key()) == state) {
                view.put(state.key(), state.entity());
            }
        }
        return view;
    }

    /**
     * Lets go of the unchanged persistent objects among {@code states} that {@code clean} accepts,
     * once the session is large enough for it to matter; see the class comment.
     */
    public void release(List<InstanceState> states, Predicate<InstanceState> clean) {
        if (!releasing()) {
            return;
        }
        for (InstanceState state : states) {
            releaseIfClean(state, state.joinIndex, clean);
        }
    }

    /** The join order's length now: a mark for {@link #releaseJoined}. */
    public int joinMark() {
        return order.size();
    }

    /** Changes whenever the join order is compacted (marks taken before are then void). */
    public int compactions() {
        return compactions;
    }

    /** {@link #release} for the objects that joined between two marks, in this compaction. */
    public void releaseJoined(int from, int to, Predicate<InstanceState> clean) {
        if (!releasing()) {
            return;
        }
        for (int i = Math.max(0, from); i < Math.min(to, order.size()); i++) {
            releaseIfClean(order.get(i), i, clean);
        }
    }

    private void releaseIfClean(@Nullable InstanceState state, int index, Predicate<InstanceState> clean) {
        if (current(state, index) && state.state() == ObjectState.PERSISTENT && state.pinned() && clean.test(state)) {
            if (collected == null) {
                collected = new ReferenceQueue<>();
            }
            state.release(this, collected);
            version++;
        }
    }

    /** Whether the session is large enough to release objects. */
    public boolean releasing() {
        return tracked() > RELEASE_ABOVE;
    }

    private int tracked() {
        return order.size() - removed;
    }

    /** Forgets the states whose objects were collected. */
    private void purge() {
        if (collected == null) {
            return;
        }
        Reference<?> reference;
        while ((reference = collected.poll()) != null) {
            InstanceState state = ((InstanceState.Released) reference).state;
            if (current(state, state.joinIndex) && state.referent() == null) {
                remove(state);
            }
        }
        compactIfMostlyRemoved();
    }

    private void join(InstanceState state) {
        version++;
        state.joinIndex = order.size();
        order.add(state);
    }

    /** Whether slot {@code index} of the join order is {@code state}'s current place in the session. */
    private boolean current(@Nullable InstanceState state, int index) {
        return state != null && index >= 0 && index < order.size() && order.get(index) == state && state.joinIndex == index;
    }

    /** Drops removed states from the join order once they outnumber the tracked ones. */
    private void compactIfMostlyRemoved() {
        if (removed > 16 && removed > order.size() / 2) {
            ArrayList<InstanceState> kept = new ArrayList<>(order.size() - removed);
            int keptIndexed = 0;
            for (int i = 0; i < order.size(); i++) {
                InstanceState state = order.get(i);
                if (current(state, i)) {
                    state.joinIndex = kept.size();
                    kept.add(state);
                    if (i < indexed) {
                        keptIndexed++;
                    }
                }
            }
            indexed = keptIndexed;
            order.clear();
            order.addAll(kept);
            order.trimToSize();
            removed = 0;
            compactions++;
            version++;
        }
    }

    /**
     * Forgets everything at once; the objects that had a row are still known as such, for
     * {@link #hadRow(Object)}, without copying or visiting them (a session closing after a long
     * stream does no work per object). A retired state's stale join index is harmless: it is
     * never {@link #current} again.
     */
    public void clear() {
        if (tracked() > 0) {
            retired.add(new Retired(byObject, order, indexed));
            byObject = new WeakIdentityIndex();
            order = new ArrayList<>();
        } else {
            order.clear();
        }
        indexed = 0;
        byKey.clear();
        removed = 0;
        compactions++;
        version++;
    }

    /** Whether {@code entity} had a row when a {@link #clear()} made it leave the session. */
    public boolean hadRow(Object entity) {
        for (int i = retired.size() - 1; i >= 0; i--) {
            InstanceState state = retired.get(i).state(entity);
            if (state != null) {
                return state.key() != null;
            }
        }
        return false;
    }

    public int size() {
        purge();
        return tracked();
    }

    /**
     * The objects of a session before a {@link #clear()}: those already filed by reference, and
     * the join order's remainder, filed when first asked about.
     */
    private static final class Retired {

        private final WeakIdentityIndex byObject;
        private @Nullable List<@Nullable InstanceState> order;
        private final int indexed;

        Retired(WeakIdentityIndex byObject, List<@Nullable InstanceState> order, int indexed) {
            this.byObject = byObject;
            this.order = order.size() > indexed ? order : null;
            this.indexed = indexed;
        }

        @Nullable InstanceState state(Object entity) {
            List<InstanceState> unindexed = order;
            if (unindexed != null) {
                for (int i = indexed; i < unindexed.size(); i++) {
                    InstanceState state = unindexed.get(i);
                    if (state != null && state.joinIndex >= 0 && state.referent() != null) {     // not removed before the clear
                        byObject.put(state);
                    }
                }
                order = null;
            }
            return byObject.get(entity);
        }
    }
}
