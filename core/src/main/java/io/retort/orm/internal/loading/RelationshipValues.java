package io.retort.orm.internal.loading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.retort.orm.internal.RelationshipMapping;
import io.retort.orm.internal.session.ForeignKeyValues;
import io.retort.orm.internal.session.InstanceState;
import io.retort.orm.internal.session.RelationshipList;
import io.retort.orm.internal.session.SessionCore;

import org.jspecify.annotations.Nullable;

/** Reads and writes relationship fields as loaders see them: loaded or not, and their members. */
final class RelationshipValues {

    private RelationshipValues() {
    }

    /** Whether {@code relationship} of {@code entity} still waits to be loaded. */
    static boolean unloaded(SessionCore core, Object entity, RelationshipMapping relationship) {
        Object value = relationship.access().get(entity);
        if (value instanceof ForeignKeyValues.NotLoadedMarker) {
            return true;
        }
        if (relationship.kind().collection() || value != null) {
            return false;
        }
        InstanceState state = core.identityMap().state(entity);
        return state != null && state.referenceUnloaded(relationship.field());
    }

    /** Whether {@code relationship} of the object of {@code state} still waits to be loaded. */
    static boolean unloaded(InstanceState state, RelationshipMapping relationship) {
        Object value = relationship.access().get(state.entity());
        if (value instanceof ForeignKeyValues.NotLoadedMarker) {
            return true;
        }
        return !relationship.kind().collection() && value == null && state.referenceUnloaded(relationship.field());
    }

    /**
     * Puts the loaded members into a collection relationship (a back-populating list, or a set).
     * {@code members} is handed over: it becomes the record of what was loaded, so the caller
     * must not change it afterwards.
     */
    static void collection(SessionCore core, Object owner, RelationshipMapping relationship, List<Object> members) {
        collection(owner, core.identityMap().state(owner), relationship, members);
    }

    /** As {@link #collection(SessionCore, Object, RelationshipMapping, List)}, the owner's state known. */
    static void collection(Object owner, @Nullable InstanceState state, RelationshipMapping relationship,
            List<Object> members) {
        Collection<Object> value = Set.class.isAssignableFrom(relationship.collectionType())
                ? new LinkedHashSet<>(members) : new RelationshipList(owner, relationship, members);
        relationship.access().set(owner, value);
        if (state != null) {
            state.loadedMembers(relationship.field(), members);
        }
    }

    /** Puts the loaded object (or null) into a reference relationship. */
    static void reference(SessionCore core, Object owner, RelationshipMapping relationship, @Nullable Object target) {
        reference(owner, core.identityMap().state(owner), relationship, target);
    }

    /** As {@link #reference(SessionCore, Object, RelationshipMapping, Object)}, the owner's state known. */
    static void reference(Object owner, @Nullable InstanceState state, RelationshipMapping relationship,
            @Nullable Object target) {
        relationship.access().set(owner, target);
        if (state != null) {
            state.markReferenceLoaded(relationship.field());
        }
    }

    /** The objects {@code relationship} of the {@code owners} holds now (unloaded ones hold none). */
    static List<Object> targets(List<?> owners, RelationshipMapping relationship) {
        List<Object> targets = new ArrayList<>();
        for (Object owner : owners) {
            Object value = relationship.access().get(owner);
            if (value == null || value instanceof ForeignKeyValues.NotLoadedMarker) {
                continue;
            }
            if (value instanceof Collection<?> collection) {
                targets.addAll(collection);
            } else {
                targets.add(value);
            }
        }
        return targets;
    }
}
