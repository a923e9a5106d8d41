package io.retort.orm.internal.loading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    static Mono<Void> load(SessionCore core, RelationshipMapping relationship, List<Object> parents) {
        return Mono.defer(() -> {
            EntityMapping owner = core.model().mapping(relationship.owner());
            EntityMapping target = core.model().mapping(relationship.target());
            RelationshipMapping back = target.relationship(relationship.backPopulates()).orElseThrow();
            List<String> names = JoinColumns.split(back.joinColumn());
            List<ColumnRef<?>> foreignKey = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                foreignKey.add(target.tableRef().column(names.get(i), owner.ids().get(i).javaType()));
            }
            Map<Object, ParentSlot> slots = ParentSlot.of(owner, parents);
            EntityBinding binding = core.bindings().of(target.type());
            int[] keyColumns = RelationshipKeys.columnIndexes(binding, names);
            Expr<?>[] columns = binding.selectColumns().toArray(Expr[]::new);
            return SelectStatements.run(core, Sql.select(columns).from(target.tableRef()),
                            RelationshipKeys.in(foreignKey, slots.keySet()), row -> {
                                InstanceState child = core.hydrator().hydrateState(row, 0, binding);
                                ParentSlot slot = slots.get(RelationshipKeys.read(row, 0, binding, keyColumns));
                                if (slot != null && child != null) {
                                    slot.add(child);
                                }
                                return child == null ? Boolean.FALSE : child.entity();
                            })
                    .then(Mono.fromRunnable(() -> assign(core, owner, relationship, back, slots)));
        });
    }

    private static void assign(SessionCore core, EntityMapping owner, RelationshipMapping relationship,
            RelationshipMapping back, Map<Object, ParentSlot> slots) {
        for (ParentSlot slot : slots.values()) {
            List<Object> members = slot.members();
            InstanceState state = slot.state(core, owner.type());
            if (relationship.kind() == RelationshipKind.ONE_TO_ONE) {
                RelationshipValues.reference(slot.parent, state, relationship, members.isEmpty() ? null : members.get(0));
            } else {
                RelationshipValues.collection(slot.parent, state, relationship, members);
            }
            for (InstanceState child : slot.memberStates()) {
                if (RelationshipValues.unloaded(child, back)) {
                    RelationshipValues.reference(child.entity(), child, back, slot.parent);
                }
            }
        }
    }
}
