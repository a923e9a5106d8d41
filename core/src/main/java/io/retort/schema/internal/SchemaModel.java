package io.retort.schema.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import io.retort.Connection;
import io.retort.Dialect;
import io.retort.Engine;
import io.retort.internal.Checks;
import io.retort.schema.Table;
import io.retort.sql.Row;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An ordered set of {@link Table}s that can be created in, dropped from and read back from a
 * database. The ORM's {@code Metadata} delegates its {@code createAll}, {@code dropAll} and
 * {@code reflect} here.
 *
 * <pre>{@code
 * SchemaModel model = SchemaModel.of(List.of(cities, users));
 * model.createAll(engine)                     // cities, then users; existing tables are skipped
 *      .then(SchemaModel.reflect(engine))     // what the database now holds
 *      .flatMap(reflected -> model.dropAll(engine));
 * }</pre>
 *
 * <p>Each operation runs its statements one after another on one pooled connection, released
 * however it ends. DDL is not transactional on MySQL, so a failure part-way leaves the tables
 * made so far; running {@code createAll} again skips them.
 */
public final class SchemaModel {

    private final List<Table> tables;
    private final Map<String, Table> byName;

    private SchemaModel(List<Table> tables) {
        Map<String, Table> map = new LinkedHashMap<>();
        for (Table table : tables) {
            if (map.put(Checks.notNull(table, "table").name(), table) != null) {
                throw new IllegalArgumentException("The schema has two tables named " + table.name());
            }
        }
        this.tables = List.copyOf(tables);
        this.byName = map;
    }

    /** A model of {@code tables}; names must be unique. */
    public static SchemaModel of(List<Table> tables) {
        return new SchemaModel(Checks.notNull(tables, "tables"));
    }

    /** The tables, in the order given. */
    public List<Table> tables() {
        return tables;
    }

    /** The table named {@code name} (exact case), if the model has it. */
    public Optional<Table> table(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * Creates the tables that do not exist yet, parents before children, with their primary and
     * unique keys, server defaults and indexes; foreign keys closing a cycle are added last with
     * {@code ALTER TABLE}. Tables that exist are left as they are. Does nothing until subscribed.
     */
    public Mono<Void> createAll(Engine engine) {
        Checks.notNull(engine, "engine");
        return onConnection(engine, (statements, ddl) -> statements.tableNames(catalog(engine))
                        .map(existing -> DdlPlan.create(tables, existing, ddl))
                        .flatMap(statements::run))
                .name("retort.createAll");
    }

    /**
     * Drops the tables of the model that exist, children before parents (foreign keys closing a
     * cycle are dropped first). Missing tables are skipped. Does nothing until subscribed.
     */
    public Mono<Void> dropAll(Engine engine) {
        Checks.notNull(engine, "engine");
        return onConnection(engine, (statements, ddl) -> statements.tableNames(catalog(engine))
                        .map(existing -> DdlPlan.drop(tables, existing, ddl))
                        .flatMap(statements::run))
                .name("retort.dropAll");
    }

    /**
     * Reads the base tables of the engine's current schema (PostgreSQL, H2) or database (MySQL)
     * from the catalog: columns with generic type, nullability and server default, primary keys,
     * foreign keys, unique constraints and indexes. Tables come sorted by name. Some generic types
     * share a storage type and read back as it; see {@link SchemaSupport#reflectedType}.
     */
    public static Mono<SchemaModel> reflect(Engine engine) {
        Checks.notNull(engine, "engine");
        return Mono.defer(() -> {
            CatalogQueries queries = catalog(engine);
            List<String> sql = List.of(queries.tables(), queries.columns(), queries.primaryKeys(),
                    queries.foreignKeys(), queries.uniqueConstraints(), queries.indexes());
            return engine.withConnection(connection -> readAll(new CatalogStatements(engine, connection), sql))
                    .next()
                    .map(results -> new CatalogAssembler(engine.dialect().schema()).assemble(results))
                    .map(SchemaModel::sortedByName);
        }).name("retort.reflect");
    }

    private static Mono<List<List<Row>>> readAll(CatalogStatements statements, List<String> sql) {
        return Flux.fromIterable(sql)
                .concatMap(statements::rows)
                .collectList();
    }

    private static SchemaModel sortedByName(List<Table> tables) {
        List<Table> sorted = new ArrayList<>(tables);
        sorted.sort((a, b) -> a.name().compareTo(b.name()));
        return new SchemaModel(sorted);
    }

    private static Mono<Void> onConnection(Engine engine,
            BiFunction<CatalogStatements, DdlWriter, Mono<Void>> work) {
        return Mono.defer(() -> {
            Dialect dialect = engine.dialect();
            DdlWriter ddl = new DdlWriter(dialect.syntax(), dialect.schema());
            return engine.withConnection((Connection connection) -> work.apply(new CatalogStatements(engine, connection), ddl))
                    .then();
        });
    }

    private static CatalogQueries catalog(Engine engine) {
        return engine.dialect().schema().catalog();
    }

    @Override
    public String toString() {
        return "SchemaModel" + byName.keySet();
    }
}
