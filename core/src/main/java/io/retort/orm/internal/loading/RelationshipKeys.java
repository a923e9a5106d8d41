package io.retort.orm.internal.loading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.JoinColumns;
import io.retort.orm.internal.PropertyMapping;
import io.retort.orm.internal.RelationshipMapping;
import io.retort.orm.internal.session.EntityBinding;
import io.retort.orm.internal.session.InstanceState;
import io.retort.orm.internal.session.SessionCore;
import io.retort.sql.Expr;
import io.retort.sql.Sql;
import io.retort.sql.internal.ColumnRef;

import org.jspecify.annotations.Nullable;

/**
 * Key values relationships match on: an object's identity and the foreign key its owning
 * relationship holds, and the {@code IN} conditions select-in loading (and the deletion of an
 * owner's many-to-many links) filter by. A composite key is a {@code List} of its parts, as in the
 * identity map.
 */
public final class RelationshipKeys {

    /** Composite keys are matched by OR-ed ANDs, this many keys a statement. */
    static final int COMPOSITE_CHUNK = 100;

    private RelationshipKeys() {
    }

    /** The foreign-key value owning relationship {@code relationship} of {@code entity} holds in the database. */
    static @Nullable Object foreignKey(SessionCore core, Object entity, RelationshipMapping relationship) {
        EntityMapping mapping = core.model().mapping(entity.getClass());
        EntityBinding binding = core.bindings().of(entity.getClass());
        InstanceState state = core.identityMap().state(entity);
        List<String> columns = JoinColumns.split(relationship.joinColumn());
        List<Object> parts = new ArrayList<>(columns.size());
        for (String column : columns) {
            PropertyMapping property = mapping.propertyForColumn(column).orElse(null);
            Object value;
            if (property != null) {
                value = property.get(entity);
            } else {
                Object[] hidden = state == null ? null : state.hiddenKeys();
                int index = binding.columnIndex(column) - mapping.properties().size();
                value = hidden == null ? null : hidden[index];
            }
            if (value == null) {
                return null;
            }
            parts.add(value);
        }
        return parts.size() == 1 ? parts.get(0) : List.copyOf(parts);
    }

    /** Conditions selecting rows whose {@code columns} hold one of {@code keys}; one condition a statement. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static List<Expr<Boolean>> in(List<? extends ColumnRef<?>> columns, Collection<Object> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        if (columns.size() == 1) {
            return List.of(((ColumnRef) columns.get(0)).in(keys));
        }
        List<Expr<Boolean>> conditions = new ArrayList<>();
        List<Expr<Boolean>> chunk = new ArrayList<>();
        for (Object key : keys) {
            List<?> parts = (List<?>) key;
            List<Expr<Boolean>> equals = new ArrayList<>(parts.size());
            for (int i = 0; i < parts.size(); i++) {
                equals.add(((ColumnRef) columns.get(i)).eq(parts.get(i)));
            }
            chunk.add(Sql.and(equals.toArray(Expr[]::new)));
            if (chunk.size() == COMPOSITE_CHUNK) {
                conditions.add(Sql.or(chunk.toArray(Expr[]::new)));
                chunk = new ArrayList<>();
            }
        }
        if (!chunk.isEmpty()) {
            conditions.add(Sql.or(chunk.toArray(Expr[]::new)));
        }
        return conditions;
    }

    /** The positions of {@code columns} in {@code binding}'s select list, resolved once per load. */
    static int[] columnIndexes(EntityBinding binding, List<String> columns) {
        int[] indexes = new int[columns.size()];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = binding.columnIndex(columns.get(i));
        }
        return indexes;
    }

    /** The value of the columns at {@code indexes} in a row, read through {@code binding}: one value or a List. */
    static @Nullable Object read(io.r2dbc.spi.Readable row, int offset, EntityBinding binding, int[] indexes) {
        if (indexes.length == 1) {
            return binding.read(row, offset + indexes[0], indexes[0]);
        }
        Object[] parts = new Object[indexes.length];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = binding.read(row, offset + indexes[i], indexes[i]);
            if (parts[i] == null) {
                return null;
            }
        }
        return List.of(parts);
    }

    /** The key columns of {@code mapping} as the SQL layer sees them. */
    static List<ColumnRef<?>> idColumns(EntityMapping mapping) {
        List<ColumnRef<?>> columns = new ArrayList<>();
        for (PropertyMapping id : mapping.ids()) {
            columns.add(id.columnRef());
        }
        return columns;
    }
}
