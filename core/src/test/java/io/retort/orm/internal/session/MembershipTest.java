package io.retort.orm.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Membership by identity, small (scanned) and large (hashed), and the unchanged-order fast path. */
class MembershipTest {

    @Test
    void membersAreFoundByIdentityNotEquality() {
        for (int size : new int[] {3, 8, 9, 20_000}) {
            List<Object> members = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                members.add(new String("member " + i));     // equal strings, distinct objects
            }
            Membership membership = Membership.of(members);
            assertThat(members).allMatch(membership::contains);
            assertThat(membership.contains(new String("member 0"))).as("an equal but other object").isFalse();
        }
    }

    @Test
    void sameInOrderOnlyForTheVeryObjectsInTheSameOrder() {
        Object a = new Object();
        Object b = new Object();
        assertThat(Membership.sameInOrder(List.of(a, b), List.of(a, b))).isTrue();
        assertThat(Membership.sameInOrder(List.of(b, a), List.of(a, b))).isFalse();
        assertThat(Membership.sameInOrder(List.of(a), List.of(a, b))).isFalse();
        assertThat(Membership.sameInOrder(List.of(), List.of())).isTrue();
    }
}
