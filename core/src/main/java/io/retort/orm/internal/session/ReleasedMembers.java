package io.retort.orm.internal.session;

import java.util.ArrayList;
import java.util.List;

/**
 * The loaded members of a released object's collection, held through their states (which hold
 * their objects weakly) rather than as objects, so that a released parent and its children can
 * be collected together. A member the session does not track is kept as the object itself.
 */
record ReleasedMembers(List<Object> statesOrObjects) {

    static ReleasedMembers of(List<?> members, IdentityMap identityMap) {
        List<Object> held = new ArrayList<>(members.size());
        for (Object member : members) {
            InstanceState state = identityMap.state(member);
            held.add(state != null ? state : member);
        }
        return new ReleasedMembers(held);
    }

    /** The members still in memory (one that was collected had left its parent's collection). */
    List<Object> members() {
        List<Object> members = new ArrayList<>(statesOrObjects.size());
        for (Object held : statesOrObjects) {
            Object member = held instanceof InstanceState state ? state.referent() : held;
            if (member != null) {
                members.add(member);
            }
        }
        return members;
    }
}
