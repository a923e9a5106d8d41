package io.retort.orm.internal.loading;

import java.util.ArrayList;
import java.util.List;

import io.retort.orm.internal.RelationshipKind;
import io.retort.orm.internal.RelationshipMapping;
import io.retort.orm.internal.session.SessionCore;

import reactor.core.publisher.Mono;

/**
 * Loads a relationship for many parents with one statement per chunk of keys, as SQLAlchemy's
 * {@code selectinload}: references by the targets' keys, one-to-many by the children's foreign
 * key, many-to-many through the secondary table. Parents whose relationship is already loaded
 * are skipped, so loading never overwrites unflushed changes.
 */
final class SelectInLoader implements LoaderStrategy {

    @Override
    public Mono<Void> load(SessionCore core, RelationshipMapping relationship, List<Object> parents) {
        if (relationship.ownsForeignKey() && relationship.kind() != RelationshipKind.MANY_TO_MANY) {
            List<Object> unloaded = new ArrayList<>();
            for (Object parent : parents) {
                if (RelationshipValues.unloaded(core, parent, relationship)) {
                    unloaded.add(parent);
                }
            }
            return unloaded.isEmpty() ? Mono.empty() : ReferenceSelectIn.load(core, relationship, unloaded);
        }
        return Mono.defer(() -> {
            // Opened on subscription only: an opened collection reads as loaded until its rows are in.
            ParentSlots slots = ParentSlots.open(core, core.model().mapping(relationship.owner()), relationship, parents);
            if (slots.isEmpty()) {
                return Mono.empty();
            }
            return relationship.kind() == RelationshipKind.MANY_TO_MANY ? SecondarySelectIn.load(core, relationship, slots)
                    : ChildrenSelectIn.load(core, relationship, slots);
        });
    }
}
