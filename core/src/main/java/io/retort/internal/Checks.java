package io.retort.internal;

import org.jspecify.annotations.Nullable;

/** Argument checks that return the checked value, with messages naming the parameter. */
public final class Checks {

    private Checks() {
    }

    /** Returns {@code value}, or throws naming {@code name} when it is null. */
    public static <T> T notNull(@Nullable T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /** Returns {@code value}, or throws naming {@code name} when it is null or blank. */
    public static String notBlank(@Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be null or blank");
        }
        return value;
    }

    /** Returns {@code value}, or throws naming {@code name} when it is below one. */
    public static int positive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
        return value;
    }

    /** Returns {@code value}, or throws naming {@code name} when it is negative or zero. */
    public static java.time.Duration positive(java.time.@Nullable Duration value, String name) {
        notNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }
}
