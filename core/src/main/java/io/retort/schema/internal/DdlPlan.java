package io.retort.schema.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.retort.schema.ForeignKey;
import io.retort.schema.Index;
import io.retort.schema.Table;

/**
 * The statements that create or drop a set of tables, given which tables exist already: tables
 * in foreign-key order with their indexes, then the keys that close cycles; dropping runs the
 * other way round. Pure: it only writes SQL, so it is tested without a database.
 *
 * <pre>{@code
 * List<String> sql = DdlPlan.create(tables, Set.of("cities"), new DdlWriter(syntax, schema));
 * }</pre>
 */
public final class DdlPlan {

    private DdlPlan() {
    }

    /** Statements creating the tables of {@code tables} not in {@code existing}. */
    public static List<String> create(List<Table> tables, Set<String> existing, DdlWriter ddl) {
        ForeignKeyOrder order = ForeignKeyOrder.of(tables);
        List<String> statements = new ArrayList<>();
        List<Table> created = new ArrayList<>();
        for (Table table : order.tables()) {
            if (existing.contains(table.name())) {
                continue;
            }
            created.add(table);
            statements.add(ddl.createTable(table, order.deferred()));
            for (Index index : table.indexes()) {
                statements.add(ddl.createIndex(table, index));
            }
        }
        for (Table table : created) {
            for (ForeignKey key : table.foreignKeys()) {
                if (order.deferred().contains(key)) {
                    statements.add(ddl.addForeignKey(table, key));
                }
            }
        }
        return statements;
    }

    /** Statements dropping the tables of {@code tables} that are in {@code existing}. */
    public static List<String> drop(List<Table> tables, Set<String> existing, DdlWriter ddl) {
        ForeignKeyOrder order = ForeignKeyOrder.of(tables);
        List<Table> present = order.tables().stream().filter(t -> existing.contains(t.name())).toList();
        List<String> statements = new ArrayList<>();
        for (Table table : present) {
            for (ForeignKey key : table.foreignKeys()) {
                if (order.deferred().contains(key) && existing.contains(key.referredTable())) {
                    statements.add(ddl.dropForeignKey(table, key));
                }
            }
        }
        for (int i = present.size() - 1; i >= 0; i--) {
            statements.add(ddl.dropTable(present.get(i)));
        }
        return statements;
    }
}
