package io.retort.orm.internal.loading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.JoinColumns;
import io.retort.orm.internal.RelationshipKind;
import io.retort.orm.internal.RelationshipMapping;
import io.retort.orm.internal.session.EntityBinding;
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
            Map<Object, Object> byKey = new LinkedHashMap<>();
            for (Object parent : parents) {
                byKey.put(owner.identityOf(parent), parent);
            }
            EntityBinding binding = core.bindings().of(target.type());
            Map<Object, List<Object>> children = new HashMap<>(byKey.size() * 2);
            Expr<?>[] columns = binding.selectColumns().toArray(Expr[]::new);
            return SelectStatements.run(core, Sql.select(columns).from(target.tableRef()),
                            RelationshipKeys.in(foreignKey, byKey.keySet()), row -> {
                                Object child = core.hydrator().hydrate(row, 0, binding);
                                Object key = RelationshipKeys.read(row, 0, binding, names);
                                children.computeIfAbsent(key, k -> new ArrayList<>()).add(child);
                                return child;
                            })
                    .then(Mono.fromRunnable(() -> assign(core, relationship, back, byKey, children)));
        });
    }

    private static void assign(SessionCore core, RelationshipMapping relationship, RelationshipMapping back,
            Map<Object, Object> byKey, Map<Object, List<Object>> children) {
        byKey.forEach((key, parent) -> {
            List<Object> members = children.getOrDefault(key, List.of());
            if (relationship.kind() == RelationshipKind.ONE_TO_ONE) {
                RelationshipValues.reference(core, parent, relationship, members.isEmpty() ? null : members.get(0));
            } else {
                RelationshipValues.collection(core, parent, relationship, members);
            }
            for (Object child : members) {
                if (RelationshipValues.unloaded(core, child, back)) {
                    RelationshipValues.reference(core, child, back, parent);
                }
            }
        });
    }
}
