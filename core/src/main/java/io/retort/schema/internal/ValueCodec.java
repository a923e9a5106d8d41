package io.retort.schema.internal;

import io.r2dbc.spi.Readable;

import org.jspecify.annotations.Nullable;

/**
 * Converts one column's values between the Java type of the model and what the dialect's driver
 * binds and returns. Get one per column from {@link SchemaSupport#codec} once, when a mapping or
 * a statement is built; per row it is a direct call with no lookups.
 *
 * <pre>{@code
 * ValueCodec codec = dialect.schema().codec(SqlType.INTERVAL, Duration.class);
 * statement.bind(0, codec.toDatabase(Duration.ofDays(2)));      // a Long of microseconds on MySQL
 * Duration back = (Duration) codec.read(row, 0);
 * }</pre>
 */
public interface ValueCodec {

    /**
     * The value to bind for {@code javaValue}; for null, a typed null the engine binds with
     * {@code bindNull} (an {@code io.retort.internal.engine.TypedNull}).
     */
    Object toDatabase(@Nullable Object javaValue);

    /** The value at {@code index} (0-based) of {@code row} as the column's Java type, or null. */
    @Nullable Object read(Readable row, int index);

    /** The value under {@code name} of {@code row} as the column's Java type, or null. */
    @Nullable Object read(Readable row, String name);
}
