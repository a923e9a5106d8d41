package io.retort.orm.internal.loading;

import java.util.ArrayList;
import java.util.List;

import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.JoinColumns;
import io.retort.orm.internal.PropertyMapping;
import io.retort.orm.internal.RelationshipKind;
import io.retort.orm.internal.RelationshipMapping;
import io.retort.orm.internal.session.EntityBinding;
import io.retort.orm.internal.session.SessionCore;
import io.retort.sql.Expr;
import io.retort.sql.Select;
import io.retort.sql.Sql;
import io.retort.sql.internal.ColumnRef;
import io.retort.sql.internal.TableRef;

/**
 * One relationship loaded by {@code joinedload}: the LEFT OUTER JOIN(s) it adds from the root
 * table to an anonymous alias of the target table (through an alias of the secondary table for
 * many-to-many), and the target's columns it appends.
 */
final class JoinedStep {

    final RelationshipMapping relationship;
    final EntityBinding target;
    private final TableRef alias;

    JoinedStep(SessionCore core, RelationshipMapping relationship) {
        this.relationship = relationship;
        this.target = core.bindings().of(relationship.target());
        this.alias = target.mapping().tableRef().aliased();
    }

    /** {@code select} with this step's joins and the target's columns added. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Select decorate(Select select, EntityMapping root) {
        EntityMapping targetMapping = target.mapping();
        Select joined;
        if (relationship.kind() == RelationshipKind.MANY_TO_MANY) {
            TableRef secondary = TableRef.of(relationship.secondary()).aliased();
            joined = select.outerJoin(secondary, on(JoinColumns.split(relationship.joinColumn()), secondary, root,
                            root.tableRef(), root.ids(), false))
                    .outerJoin(alias, on(JoinColumns.split(relationship.inverseJoinColumn()), secondary, targetMapping,
                            alias, targetMapping.ids(), true));
        } else if (relationship.ownsForeignKey()) {
            joined = select.outerJoin(alias, on(JoinColumns.split(relationship.joinColumn()), root.tableRef(),
                    targetMapping, alias, targetMapping.ids(), true));
        } else {
            RelationshipMapping back = targetMapping.relationship(relationship.backPopulates()).orElseThrow();
            joined = select.outerJoin(alias, on(JoinColumns.split(back.joinColumn()), alias, root, root.tableRef(),
                    root.ids(), false));
        }
        return joined.addColumns(target.selectColumns(alias).toArray(Expr[]::new));
    }

    /**
     * {@code fkTable.fk_i = keyTable.key_i} for every column of a (possibly composite) key;
     * {@code keysOnAlias} says which side is the alias.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Expr<Boolean> on(List<String> foreignKey, TableRef fkTable, EntityMapping keyMapping,
            TableRef keyTable, List<PropertyMapping> keys, boolean keysOnAlias) {
        List<Expr<Boolean>> parts = new ArrayList<>();
        for (int i = 0; i < foreignKey.size(); i++) {
            ColumnRef key = keys.get(i).columnRef().on(keyTable);
            parts.add(((ColumnRef) fkTable.column(foreignKey.get(i), keys.get(i).javaType())).eq(key));
        }
        return Sql.and(parts.toArray(Expr[]::new));
    }
}
