package io.retort.orm.internal.session;

import java.util.ArrayList;
import java.util.List;

import io.r2dbc.spi.Readable;
import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.PropertyMapping;
import io.retort.orm.internal.RelationshipMapping;

import org.jspecify.annotations.Nullable;

/**
 * Turns the columns of one entity in a result row into an object, through the identity map: a
 * row whose key is already in the session gives back the object the session holds, unchanged.
 */
public final class EntityHydrator {

    private final IdentityMap identityMap;

    public EntityHydrator(IdentityMap identityMap) {
        this.identityMap = identityMap;
    }

    /**
     * The entity whose columns start at {@code offset} of {@code row}, in
     * {@link EntityBinding#selectColumns()} order (properties, then hidden join columns); null
     * when its key columns are all NULL (the empty side of an outer join).
     */
    public @Nullable Object hydrate(Readable row, int offset, EntityBinding binding) {
        InstanceState state = hydrateState(row, offset, binding);
        return state == null ? null : state.entity();
    }

    /** As {@link #hydrate(Readable, int, EntityBinding)}, giving the entity's state (loaders use it to skip lookups). */
    public @Nullable InstanceState hydrateState(Readable row, int offset, EntityBinding binding) {
        EntityMapping mapping = binding.mapping();
        int[] idIndexes = binding.idIndexes();
        Object id;
        if (idIndexes.length == 1) {
            id = binding.read(row, offset + idIndexes[0], idIndexes[0]);
            if (id == null) {
                return null;
            }
        } else {
            List<Object> parts = new ArrayList<>(idIndexes.length);
            for (int index : idIndexes) {
                Object part = binding.read(row, offset + index, index);
                if (part == null) {
                    return null;
                }
                parts.add(part);
            }
            id = List.copyOf(parts);
        }
        InstanceState existing = identityMap.find(mapping.type(), id);
        if (existing != null) {
            return existing;
        }
        Object entity = mapping.newInstance();
        List<PropertyMapping> properties = mapping.properties();
        Object[] values = new Object[properties.size()];
        for (int i = 0; i < values.length; i++) {
            Object value = idIndexes.length == 1 && i == idIndexes[0] ? id : binding.read(row, offset + i, i);
            values[i] = value;
        }
        mapping.access().writeAll(entity, values);
        InstanceState state = identityMap.addLoaded(entity, mapping, id);
        state.loaded(values);
        readHidden(row, offset, binding, state);
        markUnloaded(entity, mapping, state);
        return state;
    }

    /**
     * The entity of a row whose columns sit at {@code positions} (property order) and, for the
     * join columns no field maps, at {@code hiddenPositions} (-1 where the row lacks one: that
     * reference then counts as unloaded). Used for rows of raw SQL mapped by column name.
     */
    public Object hydrate(Readable row, int[] positions, int[] hiddenPositions, EntityBinding binding) {
        EntityMapping mapping = binding.mapping();
        List<PropertyMapping> properties = mapping.properties();
        int[] idIndexes = binding.idIndexes();
        List<Object> parts = new ArrayList<>(idIndexes.length);
        for (int index : idIndexes) {
            parts.add(binding.read(row, positions[index], index));
        }
        Object id = parts.size() == 1 ? parts.get(0) : List.copyOf(parts);
        InstanceState existing = identityMap.find(mapping.type(), id);
        if (existing != null) {
            return existing.entity();
        }
        Object entity = mapping.newInstance();
        Object[] values = new Object[properties.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = binding.read(row, positions[i], i);
        }
        mapping.access().writeAll(entity, values);
        InstanceState state = identityMap.addLoaded(entity, mapping, id);
        state.loaded(values);
        int first = properties.size();
        Object[] hidden = new Object[hiddenPositions.length];
        boolean complete = true;
        for (int j = 0; j < hidden.length; j++) {
            complete &= hiddenPositions[j] >= 0;
            hidden[j] = hiddenPositions[j] < 0 ? null : binding.read(row, hiddenPositions[j], first + j);
        }
        if (hidden.length > 0 && complete) {
            state.hiddenKeys(hidden);
        }
        markUnloaded(entity, mapping, state);
        return entity;
    }

    /** Keeps the values of join columns no field maps, read after the properties (relationships). */
    private static void readHidden(Readable row, int offset, EntityBinding binding, InstanceState state) {
        int hidden = binding.hiddenColumns().size();
        if (hidden == 0) {
            return;
        }
        int first = binding.mapping().properties().size();
        Object[] values = new Object[hidden];
        for (int j = 0; j < hidden; j++) {
            values[j] = binding.read(row, offset + first + j, first + j);
        }
        state.hiddenKeys(values);
    }

    /**
     * Every relationship of a freshly loaded object starts unloaded: collections hold a value
     * that throws {@code NotLoadedException}; references hold null, recorded as unloaded.
     */
    private static void markUnloaded(Object entity, EntityMapping mapping, InstanceState state) {
        for (RelationshipMapping relationship : mapping.relationships()) {
            if (relationship.kind().collection()) {
                relationship.access().set(entity, UnloadedCollections.of(relationship));
            } else {
                relationship.access().set(entity, null);
                state.markReferenceUnloaded(relationship.field());
            }
        }
    }
}
