package io.retort.orm.internal.session;

import java.util.AbstractList;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Set;

import io.retort.orm.NotLoadedException;
import io.retort.orm.internal.RelationshipMapping;

/**
 * The value a collection relationship holds after its owner is loaded from the database and
 * before the relationship is: a {@code List} or {@code Set} that throws {@link NotLoadedException}
 * on every access except {@code toString}. Flush recognises it ({@link ForeignKeyValues.NotLoadedMarker})
 * and never reads it as empty.
 */
public final class UnloadedCollections {

    private UnloadedCollections() {
    }

    /** An unloaded value of the field's collection type. */
    public static Collection<?> of(RelationshipMapping relationship) {
        return Set.class.isAssignableFrom(relationship.collectionType())
                ? new UnloadedSet(relationship) : new UnloadedList(relationship);
    }

    /** Whether {@code value} stands for an unloaded relationship. */
    public static boolean unloaded(Object value) {
        return value instanceof ForeignKeyValues.NotLoadedMarker;
    }

    private static final class UnloadedList extends AbstractList<Object> implements ForeignKeyValues.NotLoadedMarker {

        private final RelationshipMapping relationship;

        UnloadedList(RelationshipMapping relationship) {
            this.relationship = relationship;
        }

        @Override
        public Object get(int index) {
            throw NotLoadedException.of(relationship.owner(), relationship.field());
        }

        @Override
        public void add(int index, Object element) {
            throw NotLoadedException.of(relationship.owner(), relationship.field());
        }

        @Override
        public int size() {
            throw NotLoadedException.of(relationship.owner(), relationship.field());
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }

        @Override
        public String toString() {
            return "<" + relationship.path() + " not loaded>";
        }
    }

    private static final class UnloadedSet extends AbstractSet<Object> implements ForeignKeyValues.NotLoadedMarker {

        private final RelationshipMapping relationship;

        UnloadedSet(RelationshipMapping relationship) {
            this.relationship = relationship;
        }

        @Override
        public boolean add(Object element) {
            throw NotLoadedException.of(relationship.owner(), relationship.field());
        }

        @Override
        public Iterator<Object> iterator() {
            throw NotLoadedException.of(relationship.owner(), relationship.field());
        }

        @Override
        public int size() {
            throw NotLoadedException.of(relationship.owner(), relationship.field());
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }

        @Override
        public String toString() {
            return "<" + relationship.path() + " not loaded>";
        }
    }
}
