package io.retort.orm.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.retort.orm.MappingException;

/**
 * The mapped classes of one {@link io.retort.orm.Metadata}, checked against each other: every
 * relationship points at a mapped class and every {@code backPopulates} at a matching field.
 */
public final class MappedModel {

    private final Map<Class<?>, EntityMapping> byType;

    private MappedModel(Map<Class<?>, EntityMapping> byType) {
        this.byType = byType;
    }

    /** Reads and cross-checks {@code classes}; the first mistake is a {@link MappingException}. */
    public static MappedModel of(List<Class<?>> classes) {
        Map<Class<?>, EntityMapping> byType = new LinkedHashMap<>();
        Map<String, Class<?>> byTable = new LinkedHashMap<>();
        for (Class<?> type : classes) {
            EntityMapping mapping = Mappings.of(type);
            Class<?> other = byTable.putIfAbsent(mapping.table().toLowerCase(java.util.Locale.ROOT), type);
            if (other != null && other != type) {
                throw new MappingException(type.getSimpleName() + " and " + other.getSimpleName() + " both map to table '"
                        + mapping.table() + "'; give each class its own @Table name");
            }
            byType.put(type, mapping);
        }
        MappedModel model = new MappedModel(byType);
        for (EntityMapping mapping : byType.values()) {
            for (RelationshipMapping relationship : mapping.relationships()) {
                RelationshipChecks.check(model, relationship);
            }
        }
        return model;
    }

    /** The mapping of {@code type}, or a {@link MappingException} saying it is not in this model. */
    public EntityMapping mapping(Class<?> type) {
        EntityMapping mapping = byType.get(type);
        if (mapping == null) {
            throw new MappingException(type.getName() + " is not mapped by this Metadata; add " + type.getSimpleName()
                    + ".class to Metadata.of(...)");
        }
        return mapping;
    }

    public Optional<EntityMapping> find(Class<?> type) {
        return Optional.ofNullable(byType.get(type));
    }

    public boolean contains(Class<?> type) {
        return byType.containsKey(type);
    }

    public Collection<EntityMapping> mappings() {
        return byType.values();
    }
}
