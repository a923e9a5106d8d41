package io.retort.schema.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.retort.schema.ForeignKey;
import io.retort.schema.Table;

/**
 * Tables in the order they can be created: every table after the tables its foreign keys refer
 * to. When keys form a cycle, the earliest table of the cycle (in model order) goes first and its
 * keys to tables not yet created are {@linkplain #deferred() deferred}: added with
 * {@code ALTER TABLE} once all tables exist, and dropped first. Self-references and references to
 * tables outside the model impose no order.
 *
 * <pre>{@code
 * ForeignKeyOrder order = ForeignKeyOrder.of(tables);
 * order.tables();     // parents first; reverse it to drop
 * }</pre>
 */
public final class ForeignKeyOrder {

    private final List<Table> tables;
    private final Set<ForeignKey> deferred;

    private ForeignKeyOrder(List<Table> tables, Set<ForeignKey> deferred) {
        this.tables = List.copyOf(tables);
        this.deferred = Set.copyOf(deferred);
    }

    /** The creation order of {@code tables}. */
    public static ForeignKeyOrder of(List<Table> tables) {
        Map<String, Table> pending = new LinkedHashMap<>();
        tables.forEach(t -> pending.put(t.name(), t));
        List<Table> ordered = new ArrayList<>();
        Set<ForeignKey> deferred = new HashSet<>();
        while (!pending.isEmpty()) {
            Table next = pending.values().stream()
                    .filter(t -> waitsOn(t, pending).isEmpty())
                    .findFirst()
                    .orElse(null);
            if (next == null) {
                next = firstInCycle(pending);
                deferred.addAll(waitsOn(next, pending));
            }
            pending.remove(next.name());
            ordered.add(next);
        }
        return new ForeignKeyOrder(ordered, deferred);
    }

    /**
     * Walks waiting keys from the first pending table until a table repeats: the walk has then
     * gone round a cycle. Of that cycle, the table earliest in model order goes first.
     */
    private static Table firstInCycle(Map<String, Table> pending) {
        List<String> walk = new ArrayList<>();
        String current = pending.keySet().iterator().next();
        while (!walk.contains(current)) {
            walk.add(current);
            current = waitsOn(pending.get(current), pending).get(0).referredTable();
        }
        List<String> cycle = walk.subList(walk.indexOf(current), walk.size());
        for (String name : pending.keySet()) {
            if (cycle.contains(name)) {
                return pending.get(name);
            }
        }
        throw new IllegalStateException("No table of the cycle " + cycle + " is pending");
    }

    private static List<ForeignKey> waitsOn(Table table, Map<String, Table> pending) {
        List<ForeignKey> keys = new ArrayList<>();
        for (ForeignKey key : table.foreignKeys()) {
            if (!key.referredTable().equals(table.name()) && pending.containsKey(key.referredTable())) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** Tables in creation order. */
    public List<Table> tables() {
        return tables;
    }

    /** Foreign keys that close a cycle: created after every table, dropped before any. */
    public Set<ForeignKey> deferred() {
        return deferred;
    }
}
