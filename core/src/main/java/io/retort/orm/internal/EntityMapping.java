package io.retort.orm.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.retort.sql.internal.TableRef;

import org.jspecify.annotations.Nullable;

/**
 * How one class maps to one table: its columns, keys, version and relationships, and how to
 * create instances. Read once per class ({@link Mappings}) and shared.
 */
public final class EntityMapping {

    private final Class<?> type;
    private final String table;
    private final TableRef tableRef;
    private final List<PropertyMapping> properties;
    private final List<PropertyMapping> ids;
    private final @Nullable PropertyMapping generatedId;
    private final @Nullable PropertyMapping version;
    private final List<RelationshipMapping> relationships;
    private final Map<String, PropertyMapping> byField = new HashMap<>();
    private final Map<String, PropertyMapping> byColumn = new HashMap<>();
    private final Map<String, RelationshipMapping> relationshipsByField = new HashMap<>();
    private final EntityAccess access;
    /** Whether a property can hold a byte array, which snapshots must copy (the object may change it in place). */
    private final boolean holdsArrays;
    /** The field the build-time enhancer added for Retort's bookkeeping ({@link MemoField}), or null. */
    private final @Nullable FieldAccess memo;

    EntityMapping(Class<?> type, String table, List<PropertyMapping> properties, List<RelationshipMapping> relationships,
            Instantiator instantiator) {
        this.type = type;
        this.table = table;
        this.tableRef = TableRef.of(table);
        this.properties = List.copyOf(properties);
        this.relationships = List.copyOf(relationships);
        this.access = EntityAccess.of(type, instantiator, this.properties);
        this.holdsArrays = this.properties.stream().anyMatch(property -> property.javaType().isAssignableFrom(byte[].class));
        this.memo = MemoField.of(type);
        List<PropertyMapping> keys = new ArrayList<>();
        PropertyMapping generated = null;
        PropertyMapping versionField = null;
        for (PropertyMapping property : this.properties) {
            byField.put(property.field(), property);
            byColumn.put(property.column(), property);
            if (property.settings().id()) {
                keys.add(property);
            }
            if (property.settings().generated()) {
                generated = property;
            }
            if (property.settings().version()) {
                versionField = property;
            }
        }
        for (RelationshipMapping relationship : this.relationships) {
            relationshipsByField.put(relationship.field(), relationship);
        }
        this.ids = List.copyOf(keys);
        this.generatedId = generated;
        this.version = versionField;
    }

    /** Whether a property can hold a byte array (Object-typed ones included), which snapshots copy. */
    public boolean holdsArrays() {
        return holdsArrays;
    }

    /**
     * The enhancer's field on instances of this class, where a session parks a released object's
     * snapshot so that it is collected with the object; null when the class was not enhanced.
     */
    public @Nullable FieldAccess memo() {
        return memo;
    }

    /** Creation of instances and access to all column fields at once. */
    public EntityAccess access() {
        return access;
    }

    public Class<?> type() {
        return type;
    }

    /** The table name. */
    public String table() {
        return table;
    }

    public TableRef tableRef() {
        return tableRef;
    }

    /** Column-mapped fields in declaration order. */
    public List<PropertyMapping> properties() {
        return properties;
    }

    /** The primary-key fields, in declaration order. */
    public List<PropertyMapping> ids() {
        return ids;
    }

    /** The key the database generates, if any. */
    public Optional<PropertyMapping> generatedId() {
        return Optional.ofNullable(generatedId);
    }

    /** The {@code @Version} field, if any. */
    public Optional<PropertyMapping> version() {
        return Optional.ofNullable(version);
    }

    public List<RelationshipMapping> relationships() {
        return relationships;
    }

    public Optional<PropertyMapping> property(String field) {
        return Optional.ofNullable(byField.get(field));
    }

    public Optional<PropertyMapping> propertyForColumn(String column) {
        return Optional.ofNullable(byColumn.get(column));
    }

    public Optional<RelationshipMapping> relationship(String field) {
        return Optional.ofNullable(relationshipsByField.get(field));
    }

    /** A new empty instance through the no-argument constructor. */
    public Object newInstance() {
        return access.newInstance();
    }

    /** The identity of {@code entity}: its key value, or a list of values for a composite key. */
    public @Nullable Object identityOf(Object entity) {
        if (ids.size() == 1) {
            return ids.get(0).get(entity);
        }
        List<Object> key = new ArrayList<>(ids.size());
        for (PropertyMapping id : ids) {
            Object value = id.get(entity);
            if (value == null) {
                return null;
            }
            key.add(value);
        }
        return List.copyOf(key);
    }

    @Override
    public String toString() {
        return type.getSimpleName() + " -> " + table;
    }
}
