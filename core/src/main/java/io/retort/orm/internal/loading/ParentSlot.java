package io.retort.orm.internal.loading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.retort.orm.internal.RelationshipMapping;
import io.retort.orm.internal.session.InstanceState;
import io.retort.orm.internal.session.RelationshipList;
import io.retort.orm.internal.session.UnloadedCollections;

import org.jspecify.annotations.Nullable;

/**
 * One parent of a select-in load and the members its rows bring, found by the parent's key with
 * one map lookup per row. A collection is put in place when the slot opens and filled as rows
 * come (the record of what was loaded beside it), so the parent object is not visited again
 * after the rows: with tens of thousands of parents, each visit is a trip to main memory.
 */
final class ParentSlot {

    private static final int INITIAL_CAPACITY = 4;

    final Object parent;
    final Object key;
    private final @Nullable InstanceState state;
    private @Nullable List<Object> members;
    /** The collection the parent's field holds while it fills; null when the caller assigns at the end. */
    private @Nullable Collection<Object> filling;

    ParentSlot(Object parent, Object key, @Nullable InstanceState state) {
        this.parent = parent;
        this.key = key;
        this.state = state;
    }

    /** Puts an empty collection in {@code relationship} of the parent, recorded as loaded, for rows to fill. */
    void open(RelationshipMapping relationship) {
        // Room for a few members from the start: growing a list from empty copies it at each of the first adds.
        List<Object> loaded = new ArrayList<>(INITIAL_CAPACITY);
        Collection<Object> value = Set.class.isAssignableFrom(relationship.collectionType())
                ? new LinkedHashSet<>() : new RelationshipList(parent, relationship, INITIAL_CAPACITY);
        relationship.access().set(parent, value);
        if (state != null) {
            state.loadedMembers(relationship.field(), loaded);
        }
        members = loaded;
        filling = value;
    }

    /** Makes {@code relationship} of the parent unloaded again (the load failed or was cancelled). */
    void reopen(RelationshipMapping relationship) {
        if (filling != null) {
            relationship.access().set(parent, UnloadedCollections.of(relationship));
            if (state != null) {
                state.loadedMembers(relationship.field(), null);
            }
        }
    }

    void add(Object member) {
        if (members == null) {
            members = new ArrayList<>(INITIAL_CAPACITY);
        }
        members.add(member);
        Collection<Object> value = filling;
        if (value instanceof RelationshipList list) {
            list.addQuietly(member);        // loading is not a change: no back-populating
        } else if (value != null) {
            value.add(member);
        }
    }

    /** The members found, in row order. */
    List<Object> members() {
        return members == null ? List.of() : members;
    }

    @Nullable InstanceState state() {
        return state;
    }
}
