package io.retort.orm.internal.query;

import java.util.stream.Collectors;

import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.PropertyMapping;
import io.retort.sql.internal.ValueConversions;

/**
 * Resolves the field names {@code filterBy} and bulk {@code update} take against an entity's
 * mapping. A name that is not a mapped column field is an error naming the class and listing
 * its fields; a name never reaches SQL.
 */
public final class FieldNames {

    private FieldNames() {
    }

    /** The mapped column field {@code name} of {@code mapping}, or an {@link IllegalArgumentException}. */
    public static PropertyMapping property(EntityMapping mapping, String name, String operation) {
        return mapping.property(name).orElseThrow(() -> new IllegalArgumentException(
                mapping.type().getSimpleName() + " has no mapped column field '" + name + "', so " + operation
                        + " cannot use it; " + operation + " takes field names (not column names): "
                        + mapping.properties().stream().map(PropertyMapping::field)
                                .collect(Collectors.joining(", "))
                        + (mapping.relationship(name).isPresent() ? ". '" + name + "' is a relationship: filter on its"
                        + " foreign-key field or join it" : "")));
    }

    /** {@code value} as {@code property}'s type (numbers and date-times converted), or an error naming the field. */
    public static Object value(PropertyMapping property, Object value, String operation) {
        if (property.javaType().isInstance(value)) {
            return value;
        }
        try {
            Object converted = ValueConversions.convert(value, property.javaType());
            if (converted != null && property.javaType().isInstance(converted)) {
                return converted;
            }
        } catch (RuntimeException ignored) {
            // reported below with the field's name
        }
        throw new IllegalArgumentException(operation + " compares or sets " + property + " ("
                + property.javaType().getSimpleName() + ") but got a " + value.getClass().getSimpleName() + "; pass a "
                + property.javaType().getSimpleName());
    }
}
