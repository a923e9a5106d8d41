package io.retort.orm.internal.session;

import java.util.List;

import io.retort.orm.internal.EntityMapping;

import org.jspecify.annotations.Nullable;

/**
 * A batch of UPDATEs or DELETEs matched fewer rows than it had objects. Internal: once the
 * flush's transaction is rolled back, {@link StaleRows} finds which objects were stale and
 * raises the public {@code StaleObjectException} naming them.
 */
final class StaleRowsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient EntityMapping mapping;
    private final transient List<InstanceState> states;
    private final transient List<@Nullable Object> expectedVersions;
    private final long matched;

    StaleRowsException(EntityMapping mapping, List<InstanceState> states, List<@Nullable Object> expectedVersions,
            long matched) {
        super(mapping.type().getSimpleName() + ": " + matched + " of " + states.size() + " rows matched", null, false,
                false);
        this.mapping = mapping;
        this.states = List.copyOf(states);
        this.expectedVersions = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(expectedVersions));
        this.matched = matched;
    }

    EntityMapping mapping() {
        return mapping;
    }

    List<InstanceState> states() {
        return states;
    }

    List<@Nullable Object> expectedVersions() {
        return expectedVersions;
    }

    long matched() {
        return matched;
    }
}
