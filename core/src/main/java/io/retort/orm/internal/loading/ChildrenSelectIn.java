package io.retort.orm.internal.loading;

import java.util.ArrayList;
import java.util.List;

import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.JoinColumns;
import io.retort.orm.internal.RelationshipKind;
import io.retort.orm.internal.RelationshipMapping;
import io.retort.orm.internal.session.EntityBinding;
import io.retort.orm.internal.session.InstanceState;
import io.retort.orm.internal.session.SessionCore;
import io.retort.sql.Expr;
import io.retort.sql.Sql;
import io.retort.sql.internal.ColumnRef;

import reactor.core.publisher.Mono;

/**
 * Select-in loading of one-to-many collections (and the non-owning side of a one-to-one): the
 * children whose foreign key holds one of the parents' keys, {@code WHERE fk IN (keys)}. The
 * children's own reference back to the parent is filled in too.
 */
final class ChildrenSelectIn {

    private ChildrenSelectIn() {
    }

    static Mono<Void> load(SessionCore core, RelationshipMapping relationship, ParentSlots slots) {
        return Mono.defer(() -> {
            EntityMapping owner = core.model().mapping(relationship.owner());
            EntityMapping target = core.model().mapping(relationship.target());
            RelationshipMapping back = target.relationship(relationship.backPopulates()).orElseThrow();
            List<String> names = JoinColumns.split(back.joinColumn());
            List<ColumnRef<?>> foreignKey = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                foreignKey.add(target.tableRef().column(names.get(i), owner.ids().get(i).javaType()));
            }
            EntityBinding binding = core.bindings().of(target.type());
            int[] keyColumns = RelationshipKeys.columnIndexes(binding, names);
            Expr<?>[] columns = binding.selectColumns().toArray(Expr[]::new);
            return SelectStatements.run(core, Sql.select(columns).from(target.tableRef()),
                            RelationshipKeys.in(foreignKey, slots.keys()), row -> {
                                InstanceState child = core.hydrator().hydrateState(row, 0, binding);
                                ParentSlot slot = slots.get(RelationshipKeys.read(row, 0, binding, keyColumns));
                                if (slot != null && child != null) {
                                    slot.add(child.entity());
                                    // The child's reference back is set while the child is at hand.
                                    if (RelationshipValues.unloaded(child, back)) {
                                        RelationshipValues.reference(child.entity(), child, back, slot.parent);
                                    }
                                }
                                return child == null ? Boolean.FALSE : child.entity();
                            })
                    .then(Mono.<Void>fromRunnable(() -> {
                        if (relationship.kind() == RelationshipKind.ONE_TO_ONE) {
                            assignReferences(relationship, slots);
                        }
                    }))
                    .doOnError(error -> slots.reopen())
                    .doOnCancel(slots::reopen);
        });
    }

    /** A one-to-one's non-owning side: the one child found, or null, for every parent. */
    private static void assignReferences(RelationshipMapping relationship, ParentSlots slots) {
        for (ParentSlot slot : slots.inOrder()) {
            List<Object> members = slot.members();
            RelationshipValues.reference(slot.parent, slot.state(), relationship, members.isEmpty() ? null : members.get(0));
        }
    }
}
