package io.retort.schema;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import io.retort.internal.Checks;

/**
 * The generic SQL types of Retort's schema model; each dialect spells them in its own DDL.
 * {@link #AUTO} means "infer from the Java type" and is what annotations default to.
 *
 * <pre>{@code
 * SqlType.forJavaType(Long.class);        // BIG_INTEGER
 * SqlType.forJavaType(OffsetDateTime.class); // DATE_TIME_TZ
 * }</pre>
 */
public enum SqlType {
    /** Infer the type from the Java type with {@link #forJavaType(Class)}. */
    AUTO,
    /** A 32-bit integer. */
    INTEGER,
    /** A 64-bit integer. */
    BIG_INTEGER,
    /** A 16-bit integer. */
    SMALL_INTEGER,
    /** A string; bounded when the column gives a length, otherwise the dialect's unbounded text. */
    STRING,
    /** An unbounded string. */
    TEXT,
    /** True or false. */
    BOOLEAN,
    /** A calendar date. */
    DATE,
    /** A date and time without time zone, to the microsecond. */
    DATE_TIME,
    /** An instant, to the microsecond; read back as an equal instant. */
    DATE_TIME_TZ,
    /** A time of day, to the microsecond. */
    TIME,
    /** A duration, to the microsecond. */
    INTERVAL,
    /** A double-precision floating-point number. */
    DOUBLE,
    /** A single-precision floating-point number. */
    FLOAT,
    /** An exact decimal with the column's precision and scale. */
    NUMERIC,
    /** A Java enum, stored by constant name. */
    ENUM,
    /** Bytes of any length. */
    LARGE_BINARY,
    /** A UUID. */
    UUID,
    /** A JSON document, held in Java as its text. */
    JSON;

    private static final Map<Class<?>, SqlType> BY_JAVA_TYPE = Map.ofEntries(
            Map.entry(Integer.class, INTEGER), Map.entry(int.class, INTEGER),
            Map.entry(Long.class, BIG_INTEGER), Map.entry(long.class, BIG_INTEGER),
            Map.entry(Short.class, SMALL_INTEGER), Map.entry(short.class, SMALL_INTEGER),
            Map.entry(String.class, STRING),
            Map.entry(Boolean.class, BOOLEAN), Map.entry(boolean.class, BOOLEAN),
            Map.entry(LocalDate.class, DATE),
            Map.entry(LocalDateTime.class, DATE_TIME),
            Map.entry(OffsetDateTime.class, DATE_TIME_TZ), Map.entry(Instant.class, DATE_TIME_TZ),
            Map.entry(LocalTime.class, TIME),
            Map.entry(Duration.class, INTERVAL),
            Map.entry(Double.class, DOUBLE), Map.entry(double.class, DOUBLE),
            Map.entry(Float.class, FLOAT), Map.entry(float.class, FLOAT),
            Map.entry(BigDecimal.class, NUMERIC),
            Map.entry(byte[].class, LARGE_BINARY),
            Map.entry(java.util.UUID.class, UUID));

    private static final String SUPPORTED = "Integer/int, Long/long, Short/short, String, Boolean/boolean, "
            + "LocalDate, LocalDateTime, OffsetDateTime, Instant, LocalTime, Duration, Double/double, Float/float, "
            + "BigDecimal, any enum, byte[], UUID (and String with type JSON)";

    /**
     * The generic type for a Java type; throws {@link IllegalArgumentException} naming the
     * supported types when there is none.
     */
    public static SqlType forJavaType(Class<?> javaType) {
        Checks.notNull(javaType, "javaType");
        if (javaType.isEnum()) {
            return ENUM;
        }
        SqlType type = BY_JAVA_TYPE.get(javaType);
        if (type == null) {
            throw new IllegalArgumentException("Java type " + javaType.getName()
                    + " has no SQL type; supported types are " + SUPPORTED);
        }
        return type;
    }

    /**
     * The Java type a value of this type is read as when nothing more is known (reflection):
     * {@link #ENUM} and {@link #JSON} read as {@code String}, {@link #DATE_TIME_TZ} as
     * {@code OffsetDateTime}.
     */
    public Class<?> defaultJavaType() {
        return switch (this) {
            case AUTO -> throw new IllegalStateException("AUTO has no Java type; resolve it with forJavaType");
            case INTEGER -> Integer.class;
            case BIG_INTEGER -> Long.class;
            case SMALL_INTEGER -> Short.class;
            case STRING, TEXT, ENUM, JSON -> String.class;
            case BOOLEAN -> Boolean.class;
            case DATE -> LocalDate.class;
            case DATE_TIME -> LocalDateTime.class;
            case DATE_TIME_TZ -> OffsetDateTime.class;
            case TIME -> LocalTime.class;
            case INTERVAL -> Duration.class;
            case DOUBLE -> Double.class;
            case FLOAT -> Float.class;
            case NUMERIC -> BigDecimal.class;
            case LARGE_BINARY -> byte[].class;
            case UUID -> java.util.UUID.class;
        };
    }
}
