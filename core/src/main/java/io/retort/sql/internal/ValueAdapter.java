package io.retort.sql.internal;

import org.jspecify.annotations.Nullable;

/**
 * Converts a Java value into what the driver binds for one column, for example an enum into its
 * name or a {@code UUID} into a string. The schema layer attaches one (its codec) to a
 * {@link ColumnRef}; the SQL layer calls it for every value bound against that column. Not user API.
 *
 * <pre>{@code
 * ColumnRef<Color> color = table.column("color", Color.class).withAdapter(ValueAdapter.of(String.class, v -> ((Color) v).name()));
 * }</pre>
 */
public interface ValueAdapter {

    /** The value to bind for {@code javaValue}, which is never null. */
    Object toDatabase(Object javaValue);

    /** The Java type the driver binds (for a null and for arrays); by default the column's Java type. */
    default Class<?> databaseType(Class<?> javaType) {
        return javaType;
    }

    /** An adapter that converts with {@code conversion} and binds values of {@code databaseType}. */
    static ValueAdapter of(Class<?> databaseType, java.util.function.Function<Object, Object> conversion) {
        return new ValueAdapter() {
            @Override
            public Object toDatabase(Object javaValue) {
                return conversion.apply(javaValue);
            }

            @Override
            public Class<?> databaseType(Class<?> javaType) {
                return databaseType;
            }
        };
    }

    /** {@code null} for null, else {@link #toDatabase}. */
    default @Nullable Object adapt(@Nullable Object javaValue) {
        return javaValue == null ? null : toDatabase(javaValue);
    }
}
