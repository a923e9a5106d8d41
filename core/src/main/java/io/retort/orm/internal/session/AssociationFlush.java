package io.retort.orm.internal.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.r2dbc.spi.Connection;
import io.retort.orm.ObjectState;
import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.JoinColumns;
import io.retort.orm.internal.RelationshipKind;
import io.retort.orm.internal.RelationshipMapping;
import io.retort.orm.internal.loading.RelationshipKeys;
import io.retort.sql.Executable;
import io.retort.sql.Expr;
import io.retort.sql.Sql;
import io.retort.sql.internal.ColumnRef;
import io.retort.sql.internal.TableRef;

import reactor.core.publisher.Mono;

/**
 * Writes many-to-many links: compares each loaded collection with its members as last loaded or
 * flushed and inserts or deletes only the association rows that changed, {@value #ROWS} rows a
 * statement. Both sides of a {@code backPopulates} pair name the same row once. Deleting an owner
 * deletes its links first.
 */
final class AssociationFlush {

    static final int ROWS = 100;

    /**
     * The columns of one relationship's association rows, resolved once per flush: the columns
     * referring to each side, in a fixed order so both sides of a pair name a row alike.
     */
    private record LinkColumns(String secondary, List<String> first, List<String> second, boolean ownerFirst) {

        static LinkColumns of(RelationshipMapping relationship) {
            List<String> ownerColumns = JoinColumns.split(relationship.joinColumn());
            List<String> targetColumns = JoinColumns.split(relationship.inverseJoinColumn());
            boolean ownerFirst = String.join(",", ownerColumns).compareTo(String.join(",", targetColumns)) <= 0;
            return new LinkColumns(relationship.secondary().toLowerCase(Locale.ROOT),
                    ownerFirst ? ownerColumns : targetColumns, ownerFirst ? targetColumns : ownerColumns, ownerFirst);
        }

        Link link(Object owner, Object target) {
            return ownerFirst ? new Link(secondary, first, owner, second, target)
                    : new Link(secondary, first, target, second, owner);
        }
    }

    /**
     * One association row, its columns in a fixed order so both sides of a pair name it alike. A
     * composite key is a List of its parts, as in the identity map.
     */
    private record Link(String secondary, List<String> firstColumns, Object first, List<String> secondColumns,
            Object second) {

        /** The row's columns, first side then second. */
        List<String> columns() {
            List<String> columns = new ArrayList<>(firstColumns);
            columns.addAll(secondColumns);
            return columns;
        }

        /** The row's values in the order of {@link #columns()}. */
        List<Object> values() {
            List<Object> values = new ArrayList<>(firstColumns.size() + secondColumns.size());
            addParts(values, first, firstColumns.size());
            addParts(values, second, secondColumns.size());
            return values;
        }

        private static void addParts(List<Object> values, Object key, int parts) {
            if (parts == 1) {
                values.add(key);
            } else {
                values.addAll((List<?>) key);
            }
        }
    }

    private final SessionCore core;
    private final Map<RelationshipMapping, LinkColumns> linkColumns = new IdentityHashMap<>();
    private final Map<EntityMapping, List<RelationshipMapping>> manyToManyByClass = new IdentityHashMap<>();

    AssociationFlush(SessionCore core) {
        this.core = core;
    }

    /** Whether any loaded many-to-many collection differs from the database. */
    boolean pending() {
        for (InstanceState state : core.identityMap().states()) {
            if (state.state() == ObjectState.PENDING || state.state() == ObjectState.PERSISTENT) {
                for (RelationshipMapping relationship : manyToMany(state.mapping())) {
                    Collection<?> members = members(state, relationship);
                    List<Object> before = state.loadedMembers(relationship.field());
                    if (members != null && (before == null ? !members.isEmpty() : differ(members, before))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Inserts and deletes the changed links of objects that stay (after their rows exist). */
    Mono<Void> write(Connection connection) {
        return Mono.defer(() -> {
            Set<Link> added = new LinkedHashSet<>();
            Set<Link> removed = new LinkedHashSet<>();
            for (InstanceState state : core.identityMap().states()) {
                if (state.state() == ObjectState.PERSISTENT) {
                    for (RelationshipMapping relationship : manyToMany(state.mapping())) {
                        collect(state, relationship, added, removed);
                    }
                }
            }
            Set<Link> both = new LinkedHashSet<>(added);
            both.retainAll(removed);
            added.removeAll(both);
            removed.removeAll(both);
            List<Executable> statements = new ArrayList<>(deletes(removed));
            statements.addAll(inserts(added));
            return FlushStatements.run(core, connection, statements).then();
        });
    }

    /** Deletes every link of {@code deleted}, owners about to be deleted. */
    @SuppressWarnings("unchecked")
    Mono<Void> beforeDeletes(Connection connection, List<InstanceState> deleted) {
        return Mono.defer(() -> {
            Map<RelationshipMapping, List<Object>> owners = new LinkedHashMap<>();
            for (InstanceState state : deleted) {
                for (RelationshipMapping relationship : manyToMany(state.mapping())) {
                    owners.computeIfAbsent(relationship, r -> new ArrayList<>()).add(ownerKey(state.entity()));
                }
            }
            List<Executable> statements = new ArrayList<>();
            owners.forEach((relationship, keys) -> {
                String secondary = relationship.secondary();
                List<String> names = JoinColumns.split(relationship.joinColumn());
                Object sample = keys.get(0);
                List<Object> sampleParts = names.size() == 1 ? List.of(sample) : (List<Object>) sample;
                for (Expr<Boolean> condition : RelationshipKeys.in(List.of(columns(secondary, names, sampleParts)),
                        keys)) {
                    statements.add(Sql.delete(TableRef.of(secondary)).where(condition));
                }
            });
            return FlushStatements.run(core, connection, statements).then();
        });
    }

    /** Records the collections as the database now holds them. */
    void flushed() {
        for (InstanceState state : core.identityMap().states()) {
            if (state.state() == ObjectState.PERSISTENT) {
                for (RelationshipMapping relationship : state.mapping().relationships()) {
                    Collection<?> members = relationship.kind().collection() ? members(state, relationship) : null;
                    if (members != null) {
                        state.loadedMembers(relationship.field(), List.copyOf(members));
                    }
                }
            }
        }
    }

    private void collect(InstanceState state, RelationshipMapping relationship, Set<Link> added, Set<Link> removed) {
        Collection<?> members = members(state, relationship);
        if (members == null) {
            return;
        }
        List<Object> before = state.loadedMembers(relationship.field());
        if (before != null && Membership.sameInOrder(members, before)) {
            return;
        }
        Object owner = ownerKey(state.entity());
        LinkColumns columns = linkColumns.computeIfAbsent(relationship, LinkColumns::of);
        Membership loaded = before == null ? null : Membership.of(before);
        for (Object member : members) {
            if (loaded == null || !loaded.contains(member)) {
                added.add(columns.link(owner, ownerKey(member)));
            }
        }
        if (before != null) {
            Membership current = Membership.of(members);
            for (Object old : before) {
                if (!current.contains(old)) {
                    Link link = columns.link(owner, ownerKey(old));
                    added.remove(link);
                    removed.add(link);
                }
            }
        }
    }

    private List<Executable> inserts(Set<Link> links) {
        Map<String, List<Link>> bySecondary = group(links);
        List<Executable> statements = new ArrayList<>();
        bySecondary.forEach((secondary, rows) -> {
            for (int from = 0; from < rows.size(); from += ROWS) {
                List<Link> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS));
                List<Object> sample = chunk.get(0).values();
                List<List<?>> values = new ArrayList<>(chunk.size());
                for (Link link : chunk) {
                    values.add(link.values());
                }
                statements.add(Sql.insert(TableRef.of(secondary))
                        .columns(columns(secondary, chunk.get(0).columns(), sample))
                        .rows(values));
            }
        });
        return statements;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<Executable> deletes(Set<Link> links) {
        List<Executable> statements = new ArrayList<>();
        group(links).forEach((secondary, rows) -> {
            for (int from = 0; from < rows.size(); from += ROWS) {
                List<Expr<Boolean>> matches = new ArrayList<>();
                for (Link link : rows.subList(from, Math.min(rows.size(), from + ROWS))) {
                    matches.add(allEqual(secondary, link.columns(), link.values()));
                }
                statements.add(Sql.delete(TableRef.of(secondary)).where(Sql.or(matches.toArray(Expr[]::new))));
            }
        });
        return statements;
    }

    private static Map<String, List<Link>> group(Set<Link> links) {
        Map<String, List<Link>> bySecondary = new LinkedHashMap<>();
        for (Link link : links) {
            bySecondary.computeIfAbsent(link.secondary(), s -> new ArrayList<>()).add(link);
        }
        return bySecondary;
    }

    private static ColumnRef<?>[] columns(String table, List<String> names, List<Object> sample) {
        ColumnRef<?>[] columns = new ColumnRef<?>[names.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = column(table, names.get(i), sample.get(i));
        }
        return columns;
    }

    /** {@code c1 = v1 AND c2 = v2 ..}, or the one comparison. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Expr<Boolean> allEqual(String table, List<String> names, List<Object> values) {
        Expr<Boolean>[] parts = new Expr[names.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = column(table, names.get(i), values.get(i)).eq(values.get(i));
        }
        return parts.length == 1 ? parts[0] : Sql.and(parts);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ColumnRef column(String table, String name, Object sample) {
        return TableRef.of(table).column(name, (Class) sample.getClass());
    }

    /** The key of {@code entity}: its one value, or a List of its parts. */
    private Object ownerKey(Object entity) {
        EntityMapping mapping = core.model().mapping(entity.getClass());
        Object key = mapping.identityOf(entity);
        if (key == null) {
            throw new IllegalStateException(mapping.type().getSimpleName() + " has no key yet, so its many-to-many"
                    + " links cannot be written; add it to the session before flushing");
        }
        return key;
    }

    private static @org.jspecify.annotations.Nullable Collection<?> members(InstanceState state, RelationshipMapping relationship) {
        Object value = relationship.access().get(state.entity());
        return value instanceof Collection<?> collection && !(value instanceof ForeignKeyValues.NotLoadedMarker)
                ? collection : null;
    }

    private static boolean differ(Collection<?> members, List<Object> before) {
        if (members.size() != before.size()) {
            return true;
        }
        if (Membership.sameInOrder(members, before)) {
            return false;
        }
        Membership loaded = Membership.of(before);
        for (Object member : members) {
            if (!loaded.contains(member)) {
                return true;
            }
        }
        return false;
    }

    /** The many-to-many relationships of {@code mapping}, found once per class and flush. */
    private List<RelationshipMapping> manyToMany(EntityMapping mapping) {
        return manyToManyByClass.computeIfAbsent(mapping, owner -> {
            List<RelationshipMapping> found = new ArrayList<>(2);
            for (RelationshipMapping relationship : owner.relationships()) {
                if (relationship.kind() == RelationshipKind.MANY_TO_MANY) {
                    found.add(relationship);
                }
            }
            return found;
        });
    }
}
