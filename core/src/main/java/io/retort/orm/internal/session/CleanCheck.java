package io.retort.orm.internal.session;

import java.util.Collection;
import java.util.List;

import io.retort.orm.internal.RelationshipMapping;

import org.jspecify.annotations.Nullable;

/**
 * Whether a persistent object has nothing to write: no changed column, no loaded collection
 * whose members differ from those loaded, and no reference pointing elsewhere than its stored
 * join column. The identity map may release such an object (see {@link IdentityMap#release}).
 */
final class CleanCheck {

    private CleanCheck() {
    }

    static boolean clean(SessionCore core, InstanceState state) {
        Object entity = state.entity();
        ForeignKeyValues.syncFields(entity, core.joinColumns(state.mapping()));
        if (state.modified()) {
            return false;
        }
        for (RelationshipMapping relationship : state.mapping().relationships()) {
            Object value = relationship.access().get(entity);
            if (value instanceof ForeignKeyValues.NotLoadedMarker) {
                continue;
            }
            if (relationship.kind().collection()) {
                if (!sameMembers(value, state.loadedMembers(relationship.field()))) {
                    return false;
                }
            } else if (value == null ? !state.referenceUnloaded(relationship.field()) && wasSet(core, state, relationship)
                    : !referenceStored(core, state, relationship, value)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameMembers(@Nullable Object value, @Nullable List<Object> loaded) {
        if (loaded == null) {
            return value == null || value instanceof Collection<?> members && members.isEmpty();
        }
        return value instanceof Collection<?> members && Membership.sameInOrder(members, loaded);
    }

    /** Whether a reference now null was not null in the database (only join columns no field maps are checked here). */
    private static boolean wasSet(SessionCore core, InstanceState state, RelationshipMapping relationship) {
        return !relationship.ownsForeignKey() || stored(core, state, relationship) != null;
    }

    private static boolean referenceStored(SessionCore core, InstanceState state, RelationshipMapping relationship,
            Object related) {
        if (!relationship.ownsForeignKey()) {
            InstanceState relatedState = core.identityMap().state(related);
            return relatedState != null && relatedState.state() == io.retort.orm.ObjectState.PERSISTENT;
        }
        for (ForeignKeyValues.JoinColumn join : core.joinColumns(state.mapping())) {
            if (join.relationship() == relationship && join.property() == null) {
                Object now = join.targetKey().get(related);
                if (now == null || !now.equals(stored(core, state, relationship))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The stored value of the first join column of {@code relationship} that no field maps, or null. */
    private static @Nullable Object stored(SessionCore core, InstanceState state, RelationshipMapping relationship) {
        for (ForeignKeyValues.JoinColumn join : core.joinColumns(state.mapping())) {
            if (join.relationship() == relationship && join.property() == null) {
                return core.bindings().of(state.mapping().type()).storedJoinValue(state, join);
            }
        }
        return null;
    }
}
