package io.retort.schema.internal;

import io.retort.schema.SqlType;

/**
 * Codecs for drivers that bind and return each Java type of the model as it is, with enums
 * stored by name. Dialects use it for every type they need not treat specially.
 */
public final class StandardCodecs {

    private StandardCodecs() {
    }

    /** {@code type}, or the type of {@code javaType} when {@code type} is {@link SqlType#AUTO}. */
    public static SqlType resolve(SqlType type, Class<?> javaType) {
        return type == SqlType.AUTO ? SqlType.forJavaType(javaType) : type;
    }

    /** The standard codec for {@code type} held as {@code javaType}. */
    public static ValueCodec codec(SqlType type, Class<?> javaType) {
        type = resolve(type, javaType);
        if (type == SqlType.ENUM) {
            return ValueCodecs.enumByName(javaType);
        }
        if (javaType.isEnum()) {
            throw new IllegalArgumentException("Enum " + javaType.getName() + " can only be stored as ENUM, not " + type);
        }
        return ValueCodecs.direct(javaType);
    }
}
