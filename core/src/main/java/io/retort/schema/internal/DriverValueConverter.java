package io.retort.schema.internal;

import io.retort.internal.engine.JsonText;
import io.retort.schema.SqlType;

/**
 * Converts any bound Java value into what one dialect's driver binds, by the value's class,
 * through that dialect's {@link ValueCodec}s. Dialects use it for
 * {@code DriverSupport.toDriverValue}, so raw SQL, Core statements and the ORM bind alike.
 */
public final class DriverValueConverter {

    private final SchemaSupport schema;
    private final ClassValue<ValueCodec> codecs = new ClassValue<>() {
        @Override
        protected ValueCodec computeValue(Class<?> type) {
            return codecFor(type);
        }
    };
    private final ValueCodec json;

    public DriverValueConverter(SchemaSupport schema) {
        this.schema = schema;
        this.json = schema.codec(SqlType.JSON, String.class);
    }

    /** What the driver binds for the non-null {@code value}. */
    public Object toDriver(Object value) {
        if (value instanceof JsonText text) {
            return json.toDatabase(text.json());
        }
        return codecs.get(value.getClass()).toDatabase(value);
    }

    private ValueCodec codecFor(Class<?> type) {
        Class<?> mapped = type.isEnum() || type.getSuperclass() != null && type.getSuperclass().isEnum()
                ? (type.isEnum() ? type : type.getSuperclass()) : type;
        try {
            return schema.codec(SqlType.forJavaType(mapped), mapped);
        } catch (IllegalArgumentException unknown) {
            // A type Retort does not map (a driver-specific one, say): the driver binds it as it is.
            return ValueCodecs.direct(type);
        }
    }
}
