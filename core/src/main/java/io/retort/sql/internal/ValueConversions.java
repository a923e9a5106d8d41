package io.retort.sql.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Converts a value read from a driver to the type a caller asked for: between numeric types
 * (exactly, or an error when the value does not fit), and between the common date-time forms.
 */
public final class ValueConversions {

    private ValueConversions() {
    }

    /** {@code value} as a {@code type}, or an {@link IllegalArgumentException} naming both. */
    @SuppressWarnings("unchecked")
    public static <T> @Nullable T convert(@Nullable Object value, Class<T> type) {
        if (value == null) {
            return null;
        }
        Class<?> boxed = box(type);
        if (boxed.isInstance(value)) {
            return (T) value;
        }
        Object converted = convertOrNull(value, boxed);
        if (converted == null) {
            throw new IllegalArgumentException("Cannot convert a " + value.getClass().getName() + " to "
                    + type.getName() + "; read it as " + value.getClass().getSimpleName() + " instead");
        }
        return (T) converted;
    }

    private static @Nullable Object convertOrNull(Object value, Class<?> type) {
        if (value instanceof Number number) {
            return fromNumber(number, type);
        }
        if (type == Boolean.class && value instanceof Number number) {
            return number.intValue() != 0;
        }
        if (type == String.class) {
            if (value instanceof Character || value instanceof UUID) {
                return value.toString();
            }
            return null;
        }
        if (type == UUID.class && value instanceof String text) {
            return UUID.fromString(text);
        }
        if (type == byte[].class && value instanceof ByteBuffer buffer) {
            byte[] bytes = new byte[buffer.remaining()];
            buffer.duplicate().get(bytes);
            return bytes;
        }
        if (type == Instant.class) {
            if (value instanceof OffsetDateTime odt) {
                return odt.toInstant();
            }
            if (value instanceof java.time.ZonedDateTime zdt) {
                return zdt.toInstant();
            }
            if (value instanceof LocalDateTime ldt) {
                return ldt.toInstant(ZoneOffset.UTC);
            }
        }
        if (type == OffsetDateTime.class) {
            if (value instanceof Instant instant) {
                return instant.atOffset(ZoneOffset.UTC);
            }
            if (value instanceof java.time.ZonedDateTime zdt) {
                return zdt.toOffsetDateTime();
            }
            if (value instanceof LocalDateTime ldt) {
                return ldt.atOffset(ZoneOffset.UTC);
            }
        }
        if (type == LocalDateTime.class) {
            if (value instanceof OffsetDateTime odt) {
                return odt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            }
            if (value instanceof Instant instant) {
                return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
            }
        }
        return null;
    }

    private static @Nullable Object fromNumber(Number number, Class<?> type) {
        if (type == Boolean.class) {
            return number.intValue() != 0;
        }
        if (type == String.class) {
            return number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString();
        }
        BigDecimal exact = toBigDecimal(number);
        try {
            if (type == Long.class) {
                return exact.longValueExact();
            }
            if (type == Integer.class) {
                return exact.intValueExact();
            }
            if (type == Short.class) {
                return exact.shortValueExact();
            }
            if (type == Byte.class) {
                return exact.byteValueExact();
            }
            if (type == BigInteger.class) {
                return exact.toBigIntegerExact();
            }
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("The value " + number + " does not fit in a " + type.getSimpleName());
        }
        if (type == BigDecimal.class) {
            return exact;
        }
        if (type == Double.class) {
            return number.doubleValue();
        }
        if (type == Float.class) {
            return number.floatValue();
        }
        return null;
    }

    private static BigDecimal toBigDecimal(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (number instanceof Double || number instanceof Float) {
            return BigDecimal.valueOf(number.doubleValue());
        }
        return BigDecimal.valueOf(number.longValue());
    }

    /** The wrapper class of a primitive type, or the type itself. */
    public static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == int.class) {
            return Integer.class;
        }
        if (type == long.class) {
            return Long.class;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        if (type == double.class) {
            return Double.class;
        }
        if (type == float.class) {
            return Float.class;
        }
        if (type == short.class) {
            return Short.class;
        }
        if (type == byte.class) {
            return Byte.class;
        }
        if (type == char.class) {
            return Character.class;
        }
        return Void.class;
    }
}
