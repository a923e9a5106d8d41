package io.retort.orm.internal.session;

import io.retort.orm.IdentityKey;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.List;

import io.retort.orm.ObjectState;
import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.FieldAccess;
import io.retort.orm.internal.PropertyMapping;
import io.retort.orm.internal.RelationshipMapping;

import org.jspecify.annotations.Nullable;

/**
 * What a session knows about one object: its state, its key once it has one, and the column
 * values as last loaded or flushed, against which changes are detected. It holds its object
 * strongly ("pinned") until the session releases it (see {@link IdentityMap#release}: only an
 * unchanged persistent object of a large session), and then through a weak reference, so it is
 * collected when the user no longer holds it. The weak reference exists only while released:
 * small sessions never create one.
 */
public final class InstanceState {

    private @Nullable Object strong;
    private @Nullable Released weak;
    /**
     * The object's identity hash, its place in a {@link WeakIdentityIndex}; taken when the state is
     * first filed there (a new object's first identity hash is a call into the VM, which a session
     * that only streams rows never needs).
     */
    private int identityHash;
    private boolean hashed;
    private final EntityMapping mapping;
    private ObjectState state;
    private @Nullable Object id;
    private @Nullable IdentityKey key;
    private @Nullable Object[] committed;
    /**
     * Whether {@link #committed} is parked in the released object's memo field (an enhanced class,
     * see {@link io.retort.orm.internal.MemoField}), so that it dies with the object.
     */
    private boolean parked;
    private boolean deletedFlushed;
    private boolean insertedInTransaction;
    private @Nullable Object @Nullable [] hiddenKeys;
    private long unloadedReferences;
    /** Per relationship: the loaded members as a {@code List<Object>}, or as {@link ReleasedMembers}. */
    private @Nullable Object @Nullable [] loadedMembers;
    private @Nullable Object writtenBy;
    /** This object's slot in its identity map's join order. */
    int joinIndex = -1;
    /** The cascade pass that last visited this object ({@link RelationshipCascades}). */
    int cascadePass;

    InstanceState(Object entity, EntityMapping mapping, ObjectState state) {
        this.strong = entity;
        this.mapping = mapping;
        this.state = state;
    }

    /**
     * The object. Never null for a state from {@link IdentityMap#states()} (which pins what it
     * returns) or for the state of an object the caller holds.
     */
    public Object entity() {
        return referent();
    }

    /** The identity hash of this state's object, {@code entity}; taken once. */
    int identityHash(Object entity) {
        if (!hashed) {
            identityHash = System.identityHashCode(entity);
            hashed = true;
        }
        return identityHash;
    }

    /** The identity hash taken by {@link #identityHash(Object)}; only for a state that was filed by it. */
    int filedHash() {
        return identityHash;
    }

    /** Whether {@link #identityHash(Object)} was taken, i.e. the state may be filed in a {@link WeakIdentityIndex}. */
    boolean hashed() {
        return hashed;
    }

    /** The object, or null once it was collected. */
    @Nullable Object referent() {
        Object entity = strong;
        if (entity != null) {
            return entity;
        }
        Released released = weak;
        return released == null ? null : released.get();
    }

    /** Holds the object strongly (if it is still there); answers whether it is. */
    boolean pin() {
        if (strong == null && weak != null) {
            strong = weak.get();
            if (strong != null) {
                weak.clear();           // a cleared reference is never enqueued: the state stays tracked
                weak = null;
                unpark(strong);
            }
            if (strong != null && loadedMembers != null) {
                for (int i = 0; i < loadedMembers.length; i++) {
                    if (loadedMembers[i] instanceof ReleasedMembers released) {
                        loadedMembers[i] = released.members();
                    }
                }
            }
        }
        return strong != null;
    }

    boolean pinned() {
        return strong != null;
    }

    /**
     * Lets the object go when the user no longer holds it. Collections' loaded members are kept
     * as their states, so this state does not hold them (and, through them, itself) either.
     */
    void release(IdentityMap identityMap, ReferenceQueue<Object> collected) {
        Object entity = strong;
        if (entity == null) {
            return;
        }
        if (loadedMembers != null) {
            for (int i = 0; i < loadedMembers.length; i++) {
                if (loadedMembers[i] instanceof List<?> members) {
                    loadedMembers[i] = ReleasedMembers.of(members, identityMap);
                }
            }
        }
        weak = new Released(entity, collected, this);
        strong = null;
        park(entity);
    }

    /**
     * Moves the snapshot into the object's memo field, if its class has one and no other session
     * parked there: it is then garbage as soon as the object is, instead of surviving (and being
     * copied by) the collection that finds the object gone.
     */
    private void park(Object entity) {
        FieldAccess memo = mapping.memo();
        if (memo != null && committed != null && memo.get(entity) == null) {
            memo.set(entity, committed);
            committed = null;
            parked = true;
        }
    }

    /** Takes the snapshot back from the object's memo field (its object is held, or gone). */
    private void unpark(@Nullable Object entity) {
        if (parked) {
            parked = false;
            FieldAccess memo = mapping.memo();
            if (entity != null && memo != null) {
                committed = (@Nullable Object[]) memo.get(entity);
                memo.set(entity, null);
            }
        }
    }

    /** Takes the snapshot back if it was parked on the object, before it is read or replaced. */
    private void reclaimSnapshot() {
        if (parked) {
            unpark(referent());
        }
    }

    /** The snapshot, taken back first if it was parked on the object. */
    private @Nullable Object @Nullable [] committed() {
        reclaimSnapshot();
        return committed;
    }

    /** The weak reference to a released object; enqueued, it names the state to forget. */
    static final class Released extends WeakReference<Object> {

        final InstanceState state;

        Released(Object entity, ReferenceQueue<Object> queue, InstanceState state) {
            super(entity, queue);
            this.state = state;
        }
    }

    public EntityMapping mapping() {
        return mapping;
    }

    public ObjectState state() {
        return state;
    }

    void state(ObjectState next) {
        this.state = next;
        if (next != ObjectState.PERSISTENT) {
            pin();
        }
    }

    /** The object's identity key, made when first asked for: a streamed object may never need one. */
    public @Nullable IdentityKey key() {
        IdentityKey made = key;
        if (made == null && id != null) {
            made = new IdentityKey(mapping.type(), id);
            key = made;
        }
        return made;
    }

    void key(@Nullable IdentityKey next) {
        this.key = next;
        this.id = next == null ? null : next.id();
    }

    /** The primary-key value (a list for a composite key), or null while the object has no row. */
    @Nullable Object id() {
        return id;
    }

    void id(Object loaded) {
        this.id = loaded;
        this.key = null;
    }

    /** Whether this object's INSERT was flushed in the current transaction. */
    public boolean insertedInTransaction() {
        return insertedInTransaction;
    }

    void insertedInTransaction(boolean inserted) {
        this.insertedInTransaction = inserted;
    }

    /** The flush that last wrote this object's row (so that flush need not look for changes again). */
    @Nullable Object writtenBy() {
        return writtenBy;
    }

    void writtenBy(@Nullable Object flush) {
        this.writtenBy = flush;
    }

    /** Whether the DELETE of this object has been flushed in the current transaction. */
    public boolean deletedFlushed() {
        return deletedFlushed;
    }

    void deletedFlushed(boolean flushed) {
        this.deletedFlushed = flushed;
    }

    @Nullable Object[] snapshotCopy() {
        Object[] values = committed();
        return values == null ? null : values.clone();
    }

    void restoreSnapshot(@Nullable Object[] snapshot) {
        reclaimSnapshot();
        committed = snapshot;
    }

    /** The value of property {@code index} as last loaded or flushed. */
    public @Nullable Object committed(int index) {
        Object[] values = committed();
        return values == null ? null : values[index];
    }

    /**
     * Records {@code values}, just read from a row and set on the object, as the database's; the
     * array becomes the snapshot (byte arrays are copied, the object keeps its own).
     */
    void loaded(Object[] values) {
        for (int i = 0; mapping.holdsArrays() && i < values.length; i++) {
            if (values[i] instanceof byte[] bytes) {
                values[i] = bytes.clone();
            }
        }
        reclaimSnapshot();
        committed = values;
    }

    /**
     * Records the current values of properties {@code indexes} (and of the version at
     * {@code versionIndex}, -1 for none) as the database's, after an UPDATE wrote just those.
     */
    void written(int[] indexes, int versionIndex) {
        if (committed() == null) {
            snapshot();
            return;
        }
        Object[] values = committed.clone();
        List<PropertyMapping> properties = mapping.properties();
        Object entity = entity();
        for (int index : indexes) {
            values[index] = copyOf(properties.get(index).get(entity));
        }
        if (versionIndex >= 0) {
            values[versionIndex] = properties.get(versionIndex).get(entity);
        }
        committed = values;
    }

    /** Records the object's current values as the database's. */
    public void snapshot() {
        Object[] values = new Object[mapping.properties().size()];
        mapping.access().readAll(entity(), values);
        for (int i = 0; i < values.length; i++) {
            values[i] = copyOf(values[i]);
        }
        reclaimSnapshot();
        committed = values;
    }

    /** Whether property {@code index} differs from the database's value. */
    public boolean changed(int index) {
        Object[] before = committed();
        return differs(mapping.properties().get(index).get(entity()), before == null ? null : before[index]);
    }

    /** Whether any column value differs from the database's. */
    public boolean modified() {
        Object[] before = committed();
        if (before == null) {
            return true;
        }
        Object[] current = new Object[before.length];
        mapping.access().readAll(entity(), current);
        for (int i = 0; i < before.length; i++) {
            if (differs(current[i], before[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean differs(@Nullable Object current, @Nullable Object before) {
        if (current == before) {
            return false;   // the snapshot holds the very value loaded: the common, cheapest case
        }
        if (current == null || before == null) {
            return true;
        }
        if (current instanceof byte[] bytes && before instanceof byte[] old) {
            return !Arrays.equals(bytes, old);
        }
        return !current.equals(before) || comparesDifferently(current, before);
    }

    private static boolean comparesDifferently(Object current, @Nullable Object before) {
        return current instanceof java.math.BigDecimal decimal && before instanceof java.math.BigDecimal old
                && decimal.scale() != old.scale();
    }

    private static @Nullable Object copyOf(@Nullable Object value) {
        return value instanceof byte[] bytes ? bytes.clone() : value;
    }

    // Relationship state (relationships engineer's block).

    /**
     * The values of the join columns no field maps ({@link EntityBinding#hiddenColumns()} order) as
     * last loaded or flushed; null when never read.
     */
    public @Nullable Object @Nullable [] hiddenKeys() {
        return hiddenKeys;
    }

    public void hiddenKeys(@Nullable Object @Nullable [] values) {
        this.hiddenKeys = values;
    }

    /**
     * Whether reference {@code field} (many-to-one or one-to-one) was never loaded: the field then
     * holds null, which flush reads as "unchanged", not as "no object". Kept as one bit per
     * relationship (a mapping has at most 64).
     */
    public boolean referenceUnloaded(String field) {
        return (unloadedReferences & bit(field)) != 0;
    }

    /** Records that reference {@code field} holds null only because it was not loaded. */
    public void markReferenceUnloaded(String field) {
        unloadedReferences |= bit(field);
    }

    /** Records that relationship {@code field} now holds its loaded value. */
    public void markReferenceLoaded(String field) {
        unloadedReferences &= ~bit(field);
    }

    /** The members collection {@code field} held when it was last loaded or flushed, or null. */
    @SuppressWarnings("unchecked")
    public @Nullable List<Object> loadedMembers(String field) {
        if (loadedMembers == null) {
            return null;
        }
        Object members = loadedMembers[index(field)];
        return members instanceof ReleasedMembers released ? released.members() : (List<Object>) members;
    }

    /** Records the members of collection {@code field} as the database holds them (null: not loaded). */
    public void loadedMembers(String field, @Nullable List<Object> members) {
        if (loadedMembers == null) {
            if (members == null) {
                return;
            }
            loadedMembers = new Object[mapping.relationships().size()];
        }
        loadedMembers[index(field)] = members;
    }

    private long bit(String field) {
        int index = index(field);
        return index < 64 ? 1L << index : 0;
    }

    private int index(String field) {
        List<RelationshipMapping> relationships = mapping.relationships();
        for (int i = 0; i < relationships.size(); i++) {
            if (relationships.get(i).field() == field) {
                return i;       // callers pass the mapping's own name: no string comparison needed
            }
        }
        for (int i = 0; i < relationships.size(); i++) {
            if (relationships.get(i).field().equals(field)) {
                return i;
            }
        }
        throw new IllegalArgumentException(mapping.type().getSimpleName() + " has no relationship " + field);
    }

    // End of relationship state.

    @Override
    public String toString() {
        return mapping.type().getSimpleName() + (id == null ? "" : id.toString()) + " " + state;
    }
}
