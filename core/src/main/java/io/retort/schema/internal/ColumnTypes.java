package io.retort.schema.internal;

import io.retort.schema.Column;

/** Sizes the dialects share when a column leaves them unset. */
public final class ColumnTypes {

    /** Precision of a numeric column that gives none, on databases that need one. */
    public static final int DEFAULT_PRECISION = 38;

    /** Scale of a numeric column that gives no precision, on databases that need one. */
    public static final int DEFAULT_SCALE = 10;

    private ColumnTypes() {
    }

    /**
     * The length of an enum column: the one given, or the longest constant name (as SQLAlchemy's
     * non-native Enum does), at least 1.
     */
    public static int enumLength(Column column) {
        if (column.length().isPresent()) {
            return column.length().getAsInt();
        }
        int longest = 1;
        Object[] constants = column.javaType().getEnumConstants();
        if (constants != null) {
            for (Object constant : constants) {
                longest = Math.max(longest, ((Enum<?>) constant).name().length());
            }
        }
        return longest;
    }

    /** {@code (p,s)} for a numeric column, with the defaults when it gives no precision. */
    public static String precisionAndScale(Column column) {
        int precision = column.precision().orElse(DEFAULT_PRECISION);
        int scale = column.precision().isPresent() ? column.scale().orElse(0) : DEFAULT_SCALE;
        return "(" + precision + "," + scale + ")";
    }

    /** A duration as whole microseconds; fails when it does not fit in a long. */
    public static long micros(java.time.Duration duration) {
        return Math.addExact(Math.multiplyExact(duration.getSeconds(), 1_000_000L), duration.getNano() / 1_000);
    }
}
