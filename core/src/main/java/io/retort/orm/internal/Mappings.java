package io.retort.orm.internal;

/** The mapping of each class, read once and cached for the life of the class. */
public final class Mappings {

    private static final ClassValue<EntityMapping> CACHE = new ClassValue<>() {
        @Override
        protected EntityMapping computeValue(Class<?> type) {
            return MappingReader.read(type);
        }
    };

    private Mappings() {
    }

    /** The mapping of {@code type}; a {@link io.retort.orm.MappingException} when it cannot be mapped. */
    public static EntityMapping of(Class<?> type) {
        return CACHE.get(type);
    }
}
