package io.retort.orm.internal;

/** The four shapes of relationship. */
public enum RelationshipKind {
    MANY_TO_ONE,
    ONE_TO_MANY,
    ONE_TO_ONE,
    MANY_TO_MANY;

    /** Whether the field holds a collection. */
    public boolean collection() {
        return this == ONE_TO_MANY || this == MANY_TO_MANY;
    }
}
