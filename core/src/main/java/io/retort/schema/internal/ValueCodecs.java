package io.retort.schema.internal;

import java.util.function.Function;

import io.r2dbc.spi.Readable;
import io.retort.internal.engine.TypedNull;
import io.retort.sql.internal.ValueConversions;

import org.jspecify.annotations.Nullable;

/**
 * The two shapes of {@link ValueCodec}: values the driver handles as they are, and values that
 * need converting on the way in and out. Dialects build their codecs from these.
 */
public final class ValueCodecs {

    private ValueCodecs() {
    }

    /** Binds values as they are and reads them as {@code javaType}, which the driver supports. */
    public static ValueCodec direct(Class<?> javaType) {
        return new Direct(ValueConversions.box(javaType));
    }

    /**
     * Binds {@code write(value)} (a {@code databaseType}) and reads a {@code databaseType} that
     * {@code read} turns into the Java value. Neither function sees null.
     */
    public static <D> ValueCodec converting(Class<D> databaseType, Function<Object, D> write,
            Function<? super D, ?> read) {
        return new Converting<>(databaseType, write, databaseType, read);
    }

    /**
     * Binds {@code write(value)} (a {@code bindType}) and reads a {@code readType} that {@code read}
     * turns into the Java value, for drivers that take one type and give back another.
     */
    public static <D> ValueCodec converting(Class<?> bindType, Function<Object, ?> write, Class<D> readType,
            Function<? super D, ?> read) {
        return new Converting<>(bindType, write, readType, read);
    }

    /** An enum stored by constant name in a string column. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static ValueCodec enumByName(Class<?> enumType) {
        if (!enumType.isEnum()) {
            throw new IllegalArgumentException(enumType.getName() + " is not an enum; an ENUM column needs an enum type");
        }
        Class<? extends Enum> type = (Class<? extends Enum>) enumType;
        return converting(String.class, value -> ((Enum<?>) value).name(), name -> Enum.valueOf(type, name));
    }

    private static final class Direct implements ValueCodec {

        private final Class<?> type;
        private final TypedNull nullValue;

        Direct(Class<?> type) {
            this.type = type;
            this.nullValue = new TypedNull(type);
        }

        @Override
        public Object toDatabase(@Nullable Object javaValue) {
            return javaValue == null ? nullValue : javaValue;
        }

        @Override
        public @Nullable Object read(Readable row, int index) {
            return row.get(index, type);
        }

        @Override
        public @Nullable Object read(Readable row, String name) {
            return row.get(name, type);
        }
    }

    private static final class Converting<D> implements ValueCodec {

        private final Class<D> databaseType;
        private final Function<Object, ?> write;
        private final Function<? super D, ?> read;
        private final TypedNull nullValue;

        Converting(Class<?> bindType, Function<Object, ?> write, Class<D> readType, Function<? super D, ?> read) {
            this.databaseType = readType;
            this.write = write;
            this.read = read;
            this.nullValue = new TypedNull(bindType);
        }

        @Override
        public Object toDatabase(@Nullable Object javaValue) {
            return javaValue == null ? nullValue : write.apply(javaValue);
        }

        @Override
        public @Nullable Object read(Readable row, int index) {
            D value = row.get(index, databaseType);
            return value == null ? null : read.apply(value);
        }

        @Override
        public @Nullable Object read(Readable row, String name) {
            D value = row.get(name, databaseType);
            return value == null ? null : read.apply(value);
        }
    }
}
