package io.retort.orm.internal.query;

import java.util.ArrayList;
import java.util.List;

import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.PropertyMapping;
import io.retort.sql.Expr;
import io.retort.sql.FromItem;
import io.retort.sql.internal.ColumnRef;
import io.retort.sql.internal.TableRef;

/** One item of a query's select list: a whole entity (possibly aliased) or one expression. */
public sealed interface Selection {

    /** The key of this item in a result row. */
    String key();

    /** The SQL expressions this item selects, in order. */
    List<Expr<?>> columns();

    /**
     * An entity's columns, read back into one object through the identity map: its fields' columns,
     * then the join columns no field maps ({@code EntityBinding.selectColumns()}'s order).
     */
    record Entity(EntityMapping mapping, TableRef table, List<ColumnRef<?>> hidden) implements Selection {

        @Override
        public String key() {
            return mapping.type().getSimpleName();
        }

        /** The FROM item the entity's columns come from (its table or an alias of it). */
        public FromItem from() {
            return table;
        }

        @Override
        public List<Expr<?>> columns() {
            List<Expr<?>> columns = new ArrayList<>(mapping.properties().size() + hidden.size());
            for (PropertyMapping property : mapping.properties()) {
                columns.add(table.isAliased() ? property.columnRef().on(table) : property.columnRef());
            }
            for (ColumnRef<?> column : hidden) {
                columns.add(table.isAliased() ? column.on(table) : column);
            }
            return columns;
        }
    }

    /** One expression: a column, a function, a labelled value. */
    record Column(Expr<?> expr, String key) implements Selection {

        @Override
        public List<Expr<?>> columns() {
            return List.of(expr);
        }
    }
}
