package io.retort.orm.internal;

import io.retort.internal.engine.JsonText;
import io.retort.schema.SqlType;
import io.retort.sql.internal.ColumnRef;
import io.retort.sql.internal.TableRef;
import io.retort.sql.internal.ValueAdapter;

import org.jspecify.annotations.Nullable;

/**
 * One field mapped to one column: names, types, column settings and the handles to read and
 * write the field. Immutable and shared by every session.
 */
public final class PropertyMapping {

    private final Class<?> entity;
    private final String field;
    private final String column;
    private final Class<?> javaType;
    private final SqlType sqlType;
    private final FieldAccess access;
    private final ColumnSettings settings;
    private final ColumnRef<?> columnRef;

    PropertyMapping(Class<?> entity, String field, String column, Class<?> javaType, SqlType sqlType,
            FieldAccess access, ColumnSettings settings, TableRef table) {
        this.entity = entity;
        this.field = field;
        this.column = column;
        this.javaType = javaType;
        this.sqlType = sqlType;
        this.access = access;
        this.settings = settings;
        ColumnRef<?> ref = table.column(column, javaType);
        this.columnRef = sqlType == SqlType.JSON ? ref.withAdapter(JSON_ADAPTER) : ref;
    }

    /** JSON text goes to the driver marked as JSON, so each dialect binds it as its JSON type. */
    private static final ValueAdapter JSON_ADAPTER = new ValueAdapter() {
        @Override
        public Object toDatabase(Object javaValue) {
            return new JsonText((String) javaValue);
        }

        @Override
        public Class<?> databaseType(Class<?> javaType) {
            return String.class;
        }
    };

    public Class<?> entity() {
        return entity;
    }

    /** The Java field name. */
    public String field() {
        return field;
    }

    /** The column name. */
    public String column() {
        return column;
    }

    /** The field's type, boxed. */
    public Class<?> javaType() {
        return javaType;
    }

    public SqlType sqlType() {
        return sqlType;
    }

    public ColumnSettings settings() {
        return settings;
    }

    /** The column as the SQL layer sees it, on the entity's table. */
    public ColumnRef<?> columnRef() {
        return columnRef;
    }

    /** The value to bind for the field's value {@code value} (JSON marked, others as they are). */
    public @Nullable Object bindValue(@Nullable Object value) {
        return value == null ? null : sqlType == SqlType.JSON ? new JsonText((String) value) : value;
    }

    FieldAccess access() {
        return access;
    }

    public @Nullable Object get(Object entity) {
        return access.get(entity);
    }

    public void set(Object entity, @Nullable Object value) {
        access.set(entity, value);
    }

    @Override
    public String toString() {
        return entity.getSimpleName() + "." + field;
    }
}
