package io.retort.orm.internal.session;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Compares a collection relationship with the members it was loaded with, by object identity, in
 * time linear in their size: a flush asks this of every loaded collection of the session, and a
 * scan of one list per member of the other would be quadratic (a tag in ten thousand books).
 */
final class Membership {

    /** Below this size a scan is cheaper than a hash set. */
    private static final int SCAN_BELOW = 9;

    private final Collection<?> members;
    private final Set<Object> set;

    private Membership(Collection<?> members) {
        this.members = members;
        if (members.size() < SCAN_BELOW) {
            this.set = Set.of();
        } else {
            this.set = Collections.newSetFromMap(new IdentityHashMap<>(members.size() * 2));
            this.set.addAll(members);
        }
    }

    /** Membership in {@code members} as they are now (a later change to them is not seen). */
    static Membership of(Collection<?> members) {
        return new Membership(members);
    }

    /** Whether {@code element} (this very object) is a member. */
    boolean contains(Object element) {
        if (members.size() < SCAN_BELOW) {
            for (Object member : members) {
                if (member == element) {
                    return true;
                }
            }
            return false;
        }
        return set.contains(element);
    }

    /** Whether {@code now} holds exactly the objects of {@code before}, in the same order: the usual, unchanged case. */
    static boolean sameInOrder(Collection<?> now, List<Object> before) {
        if (now.size() != before.size()) {
            return false;
        }
        Iterator<?> current = now.iterator();
        for (Object old : before) {
            if (current.next() != old) {
                return false;
            }
        }
        return true;
    }
}
