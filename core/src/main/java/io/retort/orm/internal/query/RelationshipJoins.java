package io.retort.orm.internal.query;

import java.util.ArrayList;
import java.util.List;

import io.retort.orm.MappingException;
import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.JoinColumns;
import io.retort.orm.internal.MappedModel;
import io.retort.orm.internal.RelationshipKind;
import io.retort.orm.internal.RelationshipMapping;
import io.retort.sql.Expr;
import io.retort.sql.Select;
import io.retort.sql.Sql;
import io.retort.sql.internal.ColumnRef;
import io.retort.sql.internal.TableRef;

/**
 * The joins that follow one relationship from its owner's table: the target's table on the
 * foreign key (many-to-one, one-to-many, one-to-one), or the secondary table and then the target
 * (many-to-many).
 */
public final class RelationshipJoins {

    private RelationshipJoins() {
    }

    /** The joins for {@code relationship}, inner or LEFT OUTER. */
    public static List<Select.Join> of(MappedModel model, RelationshipMapping relationship, boolean outer) {
        EntityMapping owner = model.mapping(relationship.owner());
        EntityMapping target = model.mapping(relationship.target());
        if (relationship.kind() == RelationshipKind.MANY_TO_MANY) {
            TableRef secondary = TableRef.of(relationship.secondary());
            return List.of(
                    new Select.Join(secondary, keyMatch(owner, secondary, relationship.joinColumn(), relationship), outer),
                    new Select.Join(target.tableRef(), keyMatch(target, secondary, relationship.inverseJoinColumn(),
                            relationship), outer));
        }
        if (relationship.ownsForeignKey()) {
            return List.of(new Select.Join(target.tableRef(), keyMatch(target, owner.tableRef(),
                    relationship.joinColumn(), relationship), outer));
        }
        RelationshipMapping inverse = target.relationship(relationship.backPopulates()).orElseThrow(() ->
                new MappingException(relationship.path() + " names no backPopulates field of "
                        + target.type().getSimpleName() + ", so its foreign key is unknown; join with an ON condition:"
                        + " join(" + target.type().getSimpleName() + ".class, condition)"));
        return List.of(new Select.Join(target.tableRef(), keyMatch(owner, target.tableRef(), inverse.joinColumn(),
                relationship), outer));
    }

    /** {@code referenced.id = holder.fk} for each key column, the foreign-key columns named by {@code joinColumn}. */
    private static Expr<Boolean> keyMatch(EntityMapping referenced, TableRef holder, String joinColumn,
            RelationshipMapping relationship) {
        List<String> columns = JoinColumns.split(joinColumn);
        if (columns.size() != referenced.ids().size()) {
            throw new MappingException(relationship.path() + " has " + columns.size() + " join column(s) for the "
                    + referenced.ids().size() + "-column key of " + referenced.type().getSimpleName());
        }
        List<Expr<Boolean>> terms = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            terms.add(referenced.ids().get(i).columnRef().eq(ColumnRef.of(holder, columns.get(i), Object.class)));
        }
        return terms.size() == 1 ? terms.get(0) : Sql.and(terms.toArray(Expr[]::new));
    }
}
