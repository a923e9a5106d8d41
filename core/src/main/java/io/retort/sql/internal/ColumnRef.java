package io.retort.sql.internal;


import io.retort.internal.Checks;
import io.retort.sql.FromItem;
import io.retort.sql.internal.expr.BindValue;

import org.jspecify.annotations.Nullable;

/**
 * A column of a table, an aliased table or a derived table: what the compiler renders as
 * {@code "table"."column"}. It carries the column's Java type and, optionally, the
 * {@link ValueAdapter} that converts values bound against it. Immutable; not user API: higher
 * layers make them and wrap them in their own {@link ColumnExpression}s.
 *
 * <pre>{@code
 * ColumnRef<String> name = TableRef.of("users").column("name", String.class);
 * select(name).where(name.like("ed%"));
 * ColumnRef<String> bossName = name.on(TableRef.of("users").as("boss"));
 * }</pre>
 */
public final class ColumnRef<T> implements ColumnExpression<T> {

    private final FromItem from;
    private final String name;
    private final Class<T> javaType;
    private final @Nullable ValueAdapter adapter;

    private ColumnRef(FromItem from, String name, Class<T> javaType, @Nullable ValueAdapter adapter) {
        this.from = from;
        this.name = name;
        this.javaType = javaType;
        this.adapter = adapter;
    }

    /** The column {@code name} of {@code from}, of Java type {@code javaType}, with no adapter. */
    public static <T> ColumnRef<T> of(FromItem from, String name, Class<T> javaType) {
        return new ColumnRef<>(Checks.notNull(from, "from"), Checks.notBlank(name, "name"),
                Checks.notNull(javaType, "javaType"), null);
    }

    /** This column with {@code adapter} converting the values bound against it. */
    public ColumnRef<T> withAdapter(ValueAdapter adapter) {
        return new ColumnRef<>(from, name, javaType, Checks.notNull(adapter, "adapter"));
    }

    /** The same column on another FROM item, typically an alias of its table (self-joins). */
    public ColumnRef<T> on(FromItem other) {
        return new ColumnRef<>(Checks.notNull(other, "other"), name, javaType, adapter);
    }

    @Override
    public ColumnRef<T> columnRef() {
        return this;
    }

    public FromItem from() {
        return from;
    }

    public String name() {
        return name;
    }

    public Class<T> javaType() {
        return javaType;
    }

    public @Nullable ValueAdapter adapter() {
        return adapter;
    }

    /** {@code value} as the driver should bind it for this column (adapted; null typed). */
    public Object toDatabase(@Nullable Object value) {
        if (value == null) {
            return new io.retort.internal.engine.TypedNull(databaseType());
        }
        return adapter == null ? value : adapter.toDatabase(value);
    }

    /** The Java type the driver binds for this column. */
    public Class<?> databaseType() {
        return ValueConversions.box(adapter == null ? javaType : adapter.databaseType(javaType));
    }

    /** A bind value of this column's type, for statements that assign it. */
    public BindValue<T> bind(@Nullable Object value) {
        return BindValue.against(this, value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ColumnRef<?> that && from.equals(that.from) && name.equals(that.name);
    }

    @Override
    public int hashCode() {
        // Hashed per query (statement shapes): no varargs array.
        return 31 * from.hashCode() + name.hashCode();
    }

    @Override
    public String toString() {
        return from + "." + name;
    }
}
