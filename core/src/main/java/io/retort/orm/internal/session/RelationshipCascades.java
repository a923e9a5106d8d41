package io.retort.orm.internal.session;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.retort.orm.Cascade;
import io.retort.orm.ObjectState;
import io.retort.orm.internal.RelationshipKind;
import io.retort.orm.internal.RelationshipMapping;

/**
 * What flush does to relationships before it collects its work, as SQLAlchemy's cascades do:
 * objects newly reachable through a SAVE relationship are added; every child in a one-to-many
 * collection gets its reference to the parent set (so user-created lists stay in step); a child
 * removed from a loaded collection is deleted with DELETE_ORPHAN, else its reference is cleared;
 * plain key fields take the keys of the references beside them ({@code city.stateId = city.state.id}).
 */
final class RelationshipCascades {

    private final SessionCore core;
    private final SessionOperations operations;

    /** Numbers the runs of all cascades (of every session), so a state's mark from an earlier run never matches. */
    private static final AtomicInteger PASSES = new AtomicInteger();

    RelationshipCascades(SessionCore core) {
        this.core = core;
        this.operations = new SessionOperations(core);
    }

    void run() {
        // Cascading adds objects to the session; go round until a pass finds none it has not seen.
        // A pass mark on each state, rather than a set of seen states, keeps a large session cheap.
        int pass = PASSES.incrementAndGet();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (InstanceState state : core.identityMap().states()) {
                if (state.cascadePass != pass) {
                    state.cascadePass = pass;
                    grew = true;
                    if (state.state() == ObjectState.PENDING || state.state() == ObjectState.PERSISTENT) {
                        cascade(state);
                    }
                }
            }
        }
        for (InstanceState state : core.identityMap().states()) {
            if (state.state() == ObjectState.PERSISTENT) {
                orphans(state);
            }
        }
    }

    private void cascade(InstanceState state) {
        Object entity = state.entity();
        ForeignKeyValues.syncFields(entity, ForeignKeyValues.of(core.model(), state.mapping()));
        for (RelationshipMapping relationship : state.mapping().relationships()) {
            Object value = relationship.access().get(entity);
            if (value == null || value instanceof ForeignKeyValues.NotLoadedMarker) {
                continue;
            }
            Collection<?> members = value instanceof Collection<?> collection ? collection : List.of(value);
            for (Object member : members) {
                if (relationship.cascades(Cascade.SAVE) && core.identityMap().state(member) == null) {
                    operations.add(member);
                }
                if (relationship.kind() == RelationshipKind.ONE_TO_MANY) {
                    pointAt(member, relationship, entity);
                }
            }
        }
    }

    /** After every child points at its current parent: children left behind by a loaded collection. */
    private void orphans(InstanceState state) {
        for (RelationshipMapping relationship : state.mapping().relationships()) {
            Object value = relationship.access().get(state.entity());
            if (relationship.kind() == RelationshipKind.ONE_TO_MANY && value instanceof Collection<?> members
                    && !(value instanceof ForeignKeyValues.NotLoadedMarker)) {
                orphans(state, relationship, members);
            }
        }
    }

    private void pointAt(Object child, RelationshipMapping relationship, Object parent) {
        RelationshipMapping back = BackPopulates.otherSide(relationship);
        if (back != null && back.access().get(child) != parent) {
            back.access().set(child, parent);
            InstanceState childState = core.identityMap().state(child);
            if (childState != null) {
                childState.markReferenceLoaded(back.field());
            }
        }
    }

    private void orphans(InstanceState state, RelationshipMapping relationship, Collection<?> members) {
        List<Object> before = state.loadedMembers(relationship.field());
        RelationshipMapping back = BackPopulates.otherSide(relationship);
        if (before == null || back == null || Membership.sameInOrder(members, before)) {
            return;
        }
        Membership current = Membership.of(members);
        for (Object old : before) {
            Object parent = back.access().get(old);
            if (current.contains(old) || parent != null && parent != state.entity()) {
                continue;
            }
            InstanceState oldState = core.identityMap().state(old);
            if (relationship.cascades(Cascade.DELETE_ORPHAN) && oldState != null) {
                if (oldState.state() != ObjectState.DELETED) {
                    operations.delete(old);
                }
            } else {
                back.access().set(old, null);
                if (oldState != null) {
                    oldState.markReferenceLoaded(back.field());
                }
            }
        }
    }
}
