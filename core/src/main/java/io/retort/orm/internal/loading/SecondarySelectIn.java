package io.retort.orm.internal.loading;

import java.util.ArrayList;
import java.util.List;

import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.JoinColumns;
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
 * WHERE secondary.owner_fk IN (keys)}. A composite key selects all its columns and matches them
 * by OR-ed ANDs, as {@link RelationshipKeys} does.
 */
final class SecondarySelectIn {

    private SecondarySelectIn() {
    }

    static Mono<Void> load(SessionCore core, RelationshipMapping relationship, ParentSlots slots) {
        return Mono.defer(() -> {
            EntityMapping owner = core.model().mapping(relationship.owner());
            EntityMapping target = core.model().mapping(relationship.target());
            TableRef secondary = TableRef.of(relationship.secondary());
            List<ColumnRef<?>> ownerColumns = columns(secondary, relationship.joinColumn(), owner);
            List<ColumnRef<?>> targetColumns = columns(secondary, relationship.inverseJoinColumn(), target);
            EntityBinding ownerBinding = core.bindings().of(owner.type());
            int[] ownerIdIndexes = new int[owner.ids().size()];
            for (int i = 0; i < ownerIdIndexes.length; i++) {
                ownerIdIndexes[i] = owner.properties().indexOf(owner.ids().get(i));
            }
            EntityBinding binding = core.bindings().of(target.type());
            List<Expr<?>> columns = new ArrayList<>(ownerColumns);
            columns.addAll(binding.selectColumns());
            var select = Sql.select(columns.toArray(Expr[]::new)).from(secondary)
                    .join(target.tableRef(), keyMatch(target, targetColumns));
            return SelectStatements.run(core, select, RelationshipKeys.in(ownerColumns, slots.keys()), row -> {
                        Object member = core.hydrator().hydrate(row, ownerIdIndexes.length, binding);
                        ParentSlot slot = slots.get(ownerKey(row, ownerBinding, ownerIdIndexes));
                        if (slot != null) {
                            slot.add(member);
                        }
                        return member;
                    })
                    .then()
                    .doOnError(error -> slots.reopen())
                    .doOnCancel(slots::reopen);
        });
    }

    /** The secondary table's columns referring to {@code referenced}, typed as its key parts. */
    private static List<ColumnRef<?>> columns(TableRef secondary, String joinColumn, EntityMapping referenced) {
        List<String> names = JoinColumns.split(joinColumn);
        List<ColumnRef<?>> columns = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            columns.add(secondary.column(names.get(i), referenced.ids().get(i).javaType()));
        }
        return columns;
    }

    /** {@code target.key_i = secondary.fk_i} for every part of the target's key. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Expr<Boolean> keyMatch(EntityMapping target, List<ColumnRef<?>> foreignKey) {
        Expr<Boolean>[] parts = new Expr[foreignKey.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = ((ColumnRef) target.ids().get(i).columnRef()).eq(foreignKey.get(i));
        }
        return parts.length == 1 ? parts[0] : Sql.and(parts);
    }

    /** The owner's key at the start of a row: its one value, or a List of its parts as in the identity map. */
    private static Object ownerKey(io.r2dbc.spi.Readable row, EntityBinding ownerBinding, int[] idIndexes) {
        if (idIndexes.length == 1) {
            return ownerBinding.read(row, 0, idIndexes[0]);
        }
        Object[] parts = new Object[idIndexes.length];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = ownerBinding.read(row, i, idIndexes[i]);
        }
        return List.of(parts);
    }
}
