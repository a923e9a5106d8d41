package io.retort.orm.internal;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import io.retort.orm.internal.access.AccessClasses;
import io.retort.orm.internal.access.GeneratedAccess;

import org.jspecify.annotations.Nullable;

/**
 * Creates instances of a mapped class and reads or writes all its column fields at once, in
 * property order: through a generated nestmate class where the JVM allows one (a load or a change
 * check then costs plain field accesses), through reflection otherwise.
 *
 * <pre>{@code
 * Object user = mapping.access().newInstance();
 * mapping.access().writeAll(user, values);      // values in mapping.properties() order
 * }</pre>
 */
public final class EntityAccess {

    private final @Nullable GeneratedAccess generated;
    private final Instantiator instantiator;
    private final List<PropertyMapping> properties;
    /** Indexes of the properties held in primitive fields, which cannot take a null. */
    private final int[] primitives;

    private EntityAccess(@Nullable GeneratedAccess generated, Instantiator instantiator,
            List<PropertyMapping> properties, int[] primitives) {
        this.generated = generated;
        this.instantiator = instantiator;
        this.properties = properties;
        this.primitives = primitives;
    }

    static EntityAccess of(Class<?> type, Instantiator instantiator, List<PropertyMapping> properties) {
        List<Field> fields = new ArrayList<>(properties.size());
        List<Integer> primitive = new ArrayList<>();
        for (int i = 0; i < properties.size(); i++) {
            Field field = properties.get(i).access().field();
            fields.add(field);
            if (field.getType().isPrimitive()) {
                primitive.add(i);
            }
        }
        return new EntityAccess(AccessClasses.define(type, fields), instantiator, properties,
                primitive.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Whether this access runs generated code (false: reflection). */
    public boolean generated() {
        return generated != null;
    }

    /** A new, empty instance. */
    public Object newInstance() {
        GeneratedAccess access = generated;
        return access != null ? access.newInstance() : instantiator.create();
    }

    /** Copies the column fields of {@code entity} into {@code into}, in property order. */
    public void readAll(Object entity, @Nullable Object[] into) {
        GeneratedAccess access = generated;
        if (access != null) {
            access.readAll(entity, into);
            return;
        }
        for (int i = 0; i < into.length; i++) {
            into[i] = properties.get(i).get(entity);
        }
    }

    /** Sets the column fields of {@code entity} from {@code values}, in property order. */
    public void writeAll(Object entity, @Nullable Object[] values) {
        GeneratedAccess access = generated;
        if (access == null) {
            for (int i = 0; i < values.length; i++) {
                properties.get(i).set(entity, values[i]);
            }
            return;
        }
        for (int index : primitives) {
            if (values[index] == null) {
                properties.get(index).set(entity, null);        // the reflective path's error, naming the field
            }
        }
        access.writeAll(entity, values);
    }
}
