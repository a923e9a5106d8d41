package io.retort.orm.internal.loading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.session.InstanceState;
import io.retort.orm.internal.session.SessionCore;

import org.jspecify.annotations.Nullable;

/**
 * One parent of a select-in load and the members its rows bring, found by the parent's key with
 * one map lookup per row; its state is looked up by key when the members are put in place.
 */
final class ParentSlot {

    final Object parent;
    final Object key;
    private @Nullable List<Object> members;
    private @Nullable List<InstanceState> memberStates;

    private ParentSlot(Object parent, Object key) {
        this.parent = parent;
        this.key = key;
    }

    /** The slots of {@code parents} by key (a composite key is a List, as in the identity map). */
    static Map<Object, ParentSlot> of(EntityMapping owner, List<Object> parents) {
        Map<Object, ParentSlot> slots = new HashMap<>(Math.max(16, parents.size() * 2));
        for (Object parent : parents) {
            Object key = owner.identityOf(parent);
            if (key != null) {
                slots.putIfAbsent(key, new ParentSlot(parent, key));
            }
        }
        return slots;
    }

    void add(Object member) {
        if (members == null) {
            members = new ArrayList<>(4);
        }
        members.add(member);
    }

    void add(InstanceState member) {
        add(member.entity());
        if (memberStates == null) {
            memberStates = new ArrayList<>(4);
        }
        memberStates.add(member);
    }

    /** The members found, in row order; handed over to the relationship. */
    List<Object> members() {
        return members == null ? List.of() : members;
    }

    List<InstanceState> memberStates() {
        return memberStates == null ? List.of() : memberStates;
    }

    @Nullable InstanceState state(SessionCore core, Class<?> type) {
        return core.identityMap().state(parent, type, key);
    }
}
