package io.retort.orm.internal.loading;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.retort.orm.IdentityKey;
import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.RelationshipMapping;
import io.retort.orm.internal.session.EntityBinding;
import io.retort.orm.internal.session.InstanceState;
import io.retort.orm.internal.session.SessionCore;
import io.retort.sql.Expr;
import io.retort.sql.Sql;

import reactor.core.publisher.Mono;

/**
 * Select-in loading of many-to-one and owning one-to-one references: the parents' foreign keys
 * that the identity map does not already hold are loaded with {@code WHERE id IN (keys)}; none
 * when every target is in the session.
 */
final class ReferenceSelectIn {

    private ReferenceSelectIn() {
    }

    static Mono<Void> load(SessionCore core, RelationshipMapping relationship, List<Object> parents) {
        return Mono.defer(() -> {
            EntityMapping target = core.model().mapping(relationship.target());
            Set<Object> missing = new LinkedHashSet<>();
            for (Object parent : parents) {
                Object key = RelationshipKeys.foreignKey(core, parent, relationship);
                if (key != null && core.identityMap().find(new IdentityKey(target.type(), key)) == null) {
                    missing.add(key);
                }
            }
            EntityBinding binding = core.bindings().of(target.type());
            Expr<?>[] columns = binding.selectColumns().toArray(Expr[]::new);
            return SelectStatements.run(core, Sql.select(columns).from(target.tableRef()),
                            RelationshipKeys.in(RelationshipKeys.idColumns(target), missing),
                            row -> core.hydrator().hydrate(row, 0, binding))
                    .then(Mono.fromRunnable(() -> assign(core, relationship, target, parents)));
        });
    }

    private static void assign(SessionCore core, RelationshipMapping relationship, EntityMapping target,
            List<Object> parents) {
        for (Object parent : parents) {
            Object key = RelationshipKeys.foreignKey(core, parent, relationship);
            InstanceState found = key == null ? null : core.identityMap().find(new IdentityKey(target.type(), key));
            RelationshipValues.reference(core, parent, relationship, found == null ? null : found.entity());
        }
    }
}
