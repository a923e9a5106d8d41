package io.retort.orm.internal.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.retort.orm.internal.RelationshipMapping;

/**
 * The list Retort puts in a collection relationship when it loads it: a plain {@code ArrayList}
 * whose {@code add}, {@code addAll}, {@code remove} and {@code clear} also update the other side of
 * a {@code backPopulates} pair ({@link BackPopulates}). Other mutations are caught up at flush.
 */
public final class RelationshipList extends ArrayList<Object> {

    private static final long serialVersionUID = 1L;

    private final transient Object owner;
    private final transient RelationshipMapping relationship;

    public RelationshipList(Object owner, RelationshipMapping relationship, List<Object> members) {
        super(members);
        this.owner = owner;
        this.relationship = relationship;
    }

    /** An empty list with room for {@code capacity} members, which a loader adds {@linkplain #addQuietly quietly}. */
    public RelationshipList(Object owner, RelationshipMapping relationship, int capacity) {
        super(capacity);
        this.owner = owner;
        this.relationship = relationship;
    }

    @Override
    public boolean add(Object element) {
        super.add(element);
        BackPopulates.added(owner, relationship, element);
        return true;
    }

    @Override
    public void add(int index, Object element) {
        super.add(index, element);
        BackPopulates.added(owner, relationship, element);
    }

    @Override
    public boolean addAll(Collection<?> elements) {
        for (Object element : elements) {
            add(element);
        }
        return !elements.isEmpty();
    }

    @Override
    public boolean remove(Object element) {
        boolean removed = super.remove(element);
        if (removed) {
            BackPopulates.removed(owner, relationship, element);
        }
        return removed;
    }

    @Override
    public Object remove(int index) {
        Object element = super.remove(index);
        BackPopulates.removed(owner, relationship, element);
        return element;
    }

    @Override
    public void clear() {
        List<Object> before = new ArrayList<>(this);
        super.clear();
        for (Object element : before) {
            BackPopulates.removed(owner, relationship, element);
        }
    }

    /** Adds without back-populating the other side: what loaders use, since loading is not a change. */
    public void addQuietly(Object element) {
        super.add(element);
    }

    void removeQuietly(Object element) {
        removeIf(member -> member == element);
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
