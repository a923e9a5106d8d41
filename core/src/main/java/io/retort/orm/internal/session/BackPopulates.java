package io.retort.orm.internal.session;

import java.util.Collection;

import io.retort.orm.internal.Mappings;
import io.retort.orm.internal.RelationshipKind;
import io.retort.orm.internal.RelationshipMapping;

import org.jspecify.annotations.Nullable;

/**
 * Keeps the other side of a {@code backPopulates} pair in step when one side changes in memory:
 * adding {@code address} to {@code user.addresses} sets {@code address.owner}; adding
 * {@code article} to {@code user.articles} adds {@code user} to {@code article.authors} when that
 * collection is loaded. An unloaded other side is left alone (flush writes from either side).
 */
public final class BackPopulates {

    private BackPopulates() {
    }

    /** The relationship on the other side of {@code relationship}, or null. */
    public static @Nullable RelationshipMapping otherSide(RelationshipMapping relationship) {
        if (relationship.backPopulates().isEmpty()) {
            return null;
        }
        return Mappings.of(relationship.target()).relationship(relationship.backPopulates()).orElse(null);
    }

    /** {@code element} joined {@code owner}'s collection (or reference) {@code relationship}. */
    public static void added(Object owner, RelationshipMapping relationship, Object element) {
        RelationshipMapping other = otherSide(relationship);
        if (other == null) {
            return;
        }
        Object value = other.access().get(element);
        if (other.kind().collection()) {
            if (value instanceof Collection<?> collection && !(value instanceof ForeignKeyValues.NotLoadedMarker)
                    && !containsSame(collection, owner)) {
                rawAdd(collection, owner);
            }
        } else if (value != owner) {
            other.access().set(element, owner);
        }
    }

    /** {@code element} left {@code owner}'s collection {@code relationship}. */
    public static void removed(Object owner, RelationshipMapping relationship, Object element) {
        RelationshipMapping other = otherSide(relationship);
        if (other == null) {
            return;
        }
        Object value = other.access().get(element);
        if (other.kind().collection()) {
            if (value instanceof Collection<?> collection && !(value instanceof ForeignKeyValues.NotLoadedMarker)) {
                rawRemove(collection, owner);
            }
        } else if (value == owner && relationship.kind() == RelationshipKind.ONE_TO_MANY) {
            other.access().set(element, null);
        }
    }

    static boolean containsSame(Collection<?> collection, Object element) {
        for (Object member : collection) {
            if (member == element) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static void rawAdd(Collection<?> collection, Object element) {
        if (collection instanceof RelationshipList list) {
            list.addQuietly(element);
        } else {
            ((Collection<Object>) collection).add(element);
        }
    }

    private static void rawRemove(Collection<?> collection, Object element) {
        if (collection instanceof RelationshipList list) {
            list.removeQuietly(element);
        } else {
            collection.removeIf(member -> member == element);
        }
    }
}
