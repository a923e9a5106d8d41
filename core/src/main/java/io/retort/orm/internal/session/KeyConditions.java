package io.retort.orm.internal.session;

import java.util.ArrayList;
import java.util.List;

import io.retort.orm.internal.PropertyMapping;
import io.retort.sql.Expr;
import io.retort.sql.internal.ColumnRef;

import org.jspecify.annotations.Nullable;

/** The WHERE conditions that find one object's row: its key as loaded, and its expected version. */
final class KeyConditions {

    private KeyConditions() {
    }

    /** {@code id = ? [AND version = ?]}, with the key the object was loaded or inserted under. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Expr<Boolean>[] of(InstanceState state, @Nullable PropertyMapping version, @Nullable Object expected) {
        List<Expr<Boolean>> conditions = new ArrayList<>();
        List<@Nullable Object> key = keyValues(state);
        List<PropertyMapping> ids = state.mapping().ids();
        for (int i = 0; i < ids.size(); i++) {
            conditions.add(((Expr) ids.get(i).columnRef()).eq(key.get(i)));
        }
        if (version != null) {
            ColumnRef column = version.columnRef();
            conditions.add(expected == null ? column.isNull() : column.eq(expected));
        }
        return conditions.toArray(Expr[]::new);
    }

    /** The key values of {@code state}'s row, in key order: as loaded, or as its fields hold them if it has no key yet. */
    static List<@Nullable Object> keyValues(InstanceState state) {
        List<@Nullable Object> values = new ArrayList<>();
        if (state.key() != null) {
            Object id = state.key().id();
            if (id instanceof List<?> parts) {
                values.addAll(parts);
            } else {
                values.add(id);
            }
            return values;
        }
        for (PropertyMapping id : state.mapping().ids()) {
            values.add(id.get(state.entity()));
        }
        return values;
    }
}
