package io.retort.sql;

import java.nio.ByteBuffer;

import org.jspecify.annotations.Nullable;

/** Normalizes driver-specific value holders (buffers) into plain Java values. */
final class DriverValues {

    private DriverValues() {
    }

    static @Nullable Object normalize(@Nullable Object value) {
        if (value instanceof ByteBuffer buffer) {
            byte[] bytes = new byte[buffer.remaining()];
            buffer.duplicate().get(bytes);
            return bytes;
        }
        return value;
    }
}
