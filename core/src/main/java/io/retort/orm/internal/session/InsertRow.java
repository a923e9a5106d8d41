package io.retort.orm.internal.session;

import java.util.ArrayList;
import java.util.List;

import io.retort.orm.ObjectState;
import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.PropertyMapping;
import io.retort.sql.Expr;
import io.retort.sql.internal.ValueConversions;

import org.jspecify.annotations.Nullable;

/**
 * The INSERT row of one new object: its columns (a generated key left to the database is
 * omitted) and values, and the relationships whose target is not inserted yet (written NULL here
 * and set by a post-update once the target has its key). Rows with the same {@link #signature()}
 * share one multi-row statement.
 */
record InsertRow(InstanceState state, List<Expr<?>> columns, List<@Nullable Object> values, String signature,
        List<ForeignKeyValues.JoinColumn> deferred) {

    static InsertRow of(InstanceState state, List<ForeignKeyValues.JoinColumn> joins, IdentityMap identityMap) {
        Object entity = state.entity();
        EntityMapping mapping = state.mapping();
        ForeignKeyValues.syncFields(entity, joins);
        List<ForeignKeyValues.JoinColumn> deferred = new ArrayList<>();
        for (ForeignKeyValues.JoinColumn join : joins) {
            if (targetsUninserted(entity, join, identityMap)) {
                deferred.add(join);
                if (join.property() != null) {
                    join.property().set(entity, null);
                }
            }
        }
        mapping.version().filter(v -> v.get(entity) == null)
                .ifPresent(v -> v.set(entity, ValueConversions.convert(1, v.javaType())));
        List<Expr<?>> columns = new ArrayList<>();
        List<@Nullable Object> values = new ArrayList<>();
        StringBuilder signature = new StringBuilder();
        List<PropertyMapping> properties = mapping.properties();
        Object[] current = new Object[properties.size()];
        mapping.access().readAll(entity, current);
        for (int i = 0; i < current.length; i++) {
            PropertyMapping property = properties.get(i);
            Object value = current[i];
            boolean omitted = property.settings().generated() && value == null;
            signature.append(omitted ? '0' : '1');
            if (!omitted) {
                columns.add(property.columnRef());
                values.add(value);
            }
        }
        for (ForeignKeyValues.JoinColumn join : joins) {
            if (join.property() == null) {
                columns.add(join.column());
                values.add(deferred.contains(join) ? null : ForeignKeyValues.hiddenValue(entity, join));
            }
        }
        return new InsertRow(state, columns, values, signature.toString(), deferred);
    }

    /** Whether the object {@code join} refers to is new and not yet inserted by this flush. */
    static boolean targetsUninserted(Object entity, ForeignKeyValues.JoinColumn join, IdentityMap identityMap) {
        Object related = join.relationship().access().get(entity);
        if (related == null || related instanceof ForeignKeyValues.NotLoadedMarker) {
            return false;
        }
        InstanceState target = identityMap.state(related);
        return target != null && target.state() == ObjectState.PENDING;
    }
}
