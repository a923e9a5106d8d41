package io.retort.orm.internal.session;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Every object of a session as it stood when a nested transaction began, so that rolling back
 * to its savepoint also puts memory back: values, states and keys as they were, objects that
 * left the session inside it back in, and objects that entered it inside it out again (those
 * inserted inside it lose their generated key and are transient).
 */
final class SessionSnapshot {

    private final FlushUndo values = new FlushUndo();
    private final Set<InstanceState> members = Collections.newSetFromMap(new IdentityHashMap<>());

    private SessionSnapshot() {
    }

    static SessionSnapshot of(IdentityMap identityMap) {
        SessionSnapshot snapshot = new SessionSnapshot();
        for (InstanceState state : identityMap.states()) {
            snapshot.values.record(state);
            snapshot.members.add(state);
        }
        return snapshot;
    }

    /** Puts the session back as it was when this snapshot was taken. */
    void restore(IdentityMap identityMap) {
        for (InstanceState state : identityMap.states()) {
            if (!members.contains(state)) {
                if (state.insertedInTransaction()) {
                    state.mapping().generatedId().ifPresent(id -> id.set(state.entity(), null));
                }
                identityMap.remove(state);
            }
        }
        for (InstanceState state : members) {
            if (identityMap.state(state.entity()) != state) {
                identityMap.reinstate(state);
            }
        }
        values.restore(identityMap);
    }
}
