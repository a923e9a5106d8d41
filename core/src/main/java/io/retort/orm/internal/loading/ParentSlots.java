package io.retort.orm.internal.loading;

import java.util.ArrayList;
import java.util.List;

import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.IdTable;
import io.retort.orm.internal.RelationshipMapping;
import io.retort.orm.internal.session.SessionCore;

import org.jspecify.annotations.Nullable;

/**
 * The parents a select-in load fills, by key for the rows and in the parents' order. Made in one
 * pass over the parents that skips those whose relationship is already loaded, finds each one's
 * state and, for a collection, puts in the collection the rows will fill ({@link ParentSlot#open}):
 * a step visits each of its parent objects once, and not again after the rows (with tens of
 * thousands of parents, each visit is likely a trip to main memory).
 */
final class ParentSlots {

    private final RelationshipMapping relationship;
    /** By key, unboxed for {@code Long} keys: rows find their parent without reading a boxed key loaded long ago. */
    private @Nullable IdTable<ParentSlot> byKey;
    private final List<ParentSlot> inOrder;
    private final List<Object> keys;
    private final int expected;

    private ParentSlots(RelationshipMapping relationship, int expected) {
        this.relationship = relationship;
        this.expected = expected;
        this.inOrder = new ArrayList<>(expected);
        this.keys = new ArrayList<>(expected);
    }

    /**
     * Slots for those of {@code parents} (of class {@code owner}) whose {@code relationship} is
     * unloaded; a collection is opened for filling, a one-to-one reference is left to the caller.
     */
    static ParentSlots open(SessionCore core, EntityMapping owner, RelationshipMapping relationship,
            List<Object> parents) {
        ParentSlots slots = new ParentSlots(relationship, parents.size());
        boolean collection = relationship.kind().collection();
        for (Object parent : parents) {
            if (!RelationshipValues.unloaded(core, parent, relationship)) {
                continue;
            }
            Object key = owner.identityOf(parent);
            if (key != null && slots.get(key) == null) {
                ParentSlot slot = new ParentSlot(parent, key, core.identityMap().state(parent, owner.type(), key));
                if (collection) {
                    slot.open(relationship);
                }
                slots.add(key, slot);
            }
        }
        return slots;
    }

    boolean isEmpty() {
        return inOrder.isEmpty();
    }

    private void add(Object key, ParentSlot slot) {
        IdTable<ParentSlot> table = byKey == null ? IdTable.forKey(key, expected) : byKey;
        byKey = table.put(key, slot);
        inOrder.add(slot);
        keys.add(key);
    }

    /** The slot of the parent with key {@code key} (a List for a composite key), or null. */
    @Nullable ParentSlot get(Object key) {
        IdTable<ParentSlot> table = byKey;
        return table == null ? null : table.get(key);
    }

    /** The parents' keys, each once, in the parents' order. */
    List<Object> keys() {
        return keys;
    }

    /** The slots in the order their parents came. */
    List<ParentSlot> inOrder() {
        return inOrder;
    }

    /** Leaves every opened collection unloaded again: a load that did not finish must not look complete. */
    void reopen() {
        for (ParentSlot slot : inOrder) {
            slot.reopen(relationship);
        }
    }
}
