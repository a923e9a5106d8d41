package io.retort.orm.internal.loading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.PropertyMapping;
import io.retort.orm.internal.RelationshipMapping;
import io.retort.orm.internal.session.EntityBinding;
import io.retort.orm.internal.session.SessionCore;
import io.retort.sql.Expr;
import io.retort.sql.Sql;
import io.retort.sql.internal.ColumnRef;
import io.retort.sql.internal.TableRef;

import reactor.core.publisher.Mono;

/**
 * Select-in loading of many-to-many collections with one statement joining the secondary table
 * to the target: {@code SELECT secondary.owner_fk, target.* FROM secondary JOIN target ON ..
 * WHERE secondary.owner_fk IN (keys)}.
 */
final class SecondarySelectIn {

    private SecondarySelectIn() {
    }

    static Mono<Void> load(SessionCore core, RelationshipMapping relationship, List<Object> parents) {
        return Mono.defer(() -> {
            EntityMapping owner = core.model().mapping(relationship.owner());
            EntityMapping target = core.model().mapping(relationship.target());
            PropertyMapping ownerId = owner.ids().get(0);
            PropertyMapping targetId = target.ids().get(0);
            TableRef secondary = TableRef.of(relationship.secondary());
            ColumnRef<?> ownerColumn = secondary.column(relationship.joinColumn(), ownerId.javaType());
            ColumnRef<?> targetColumn = secondary.column(relationship.inverseJoinColumn(), targetId.javaType());
            Map<Object, Object> byKey = new LinkedHashMap<>();
            for (Object parent : parents) {
                byKey.put(owner.identityOf(parent), parent);
            }
            EntityBinding ownerBinding = core.bindings().of(owner.type());
            int ownerIdIndex = owner.properties().indexOf(ownerId);
            EntityBinding binding = core.bindings().of(target.type());
            List<Expr<?>> columns = new ArrayList<>();
            columns.add(ownerColumn);
            columns.addAll(binding.selectColumns());
            var select = Sql.select(columns.toArray(Expr[]::new)).from(secondary)
                    .join(target.tableRef(), targetId.columnRef().eq(targetColumn));
            Map<Object, List<Object>> members = new HashMap<>(byKey.size() * 2);
            return SelectStatements.run(core, select, RelationshipKeys.in(List.of(ownerColumn), byKey.keySet()), row -> {
                        Object key = ownerBinding.read(row, 0, ownerIdIndex);
                        Object member = core.hydrator().hydrate(row, 1, binding);
                        members.computeIfAbsent(key, k -> new ArrayList<>()).add(member);
                        return member;
                    })
                    .then(Mono.fromRunnable(() -> byKey.forEach((key, parent) -> RelationshipValues.collection(core,
                            parent, relationship, members.getOrDefault(key, List.of())))));
        });
    }
}
