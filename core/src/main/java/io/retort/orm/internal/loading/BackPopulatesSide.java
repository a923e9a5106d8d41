package io.retort.orm.internal.loading;

import io.retort.orm.internal.RelationshipMapping;
import io.retort.orm.internal.session.BackPopulates;

import org.jspecify.annotations.Nullable;

/** The other side of a relationship pair, for plans that must not walk a pair back and forth. */
final class BackPopulatesSide {

    private BackPopulatesSide() {
    }

    static @Nullable RelationshipMapping of(RelationshipMapping relationship) {
        return BackPopulates.otherSide(relationship);
    }
}
