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

    /** Puts the loaded members into a collection relationship (a back-populating list, or a set). */
    static void collection(SessionCore core, Object owner, RelationshipMapping relationship, List<Object> members) {
        Collection<Object> value = Set.class.isAssignableFrom(relationship.collectionType())
                ? new LinkedHashSet<>(members) : new RelationshipList(owner, relationship, members);
        relationship.access().set(owner, value);
        InstanceState state = core.identityMap().state(owner);
        if (state != null) {
            state.loadedMembers(relationship.field(), List.copyOf(members));
        }
    }

    /** Puts the loaded object (or null) into a reference relationship. */
    static void reference(SessionCore core, Object owner, RelationshipMapping relationship, @Nullable Object target) {
        relationship.access().set(owner, target);
        InstanceState state = core.identityMap().state(owner);
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
