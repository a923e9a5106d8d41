package io.retort.orm;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.retort.Engine;
import io.retort.internal.Checks;
import io.retort.orm.internal.EntityTables;
import io.retort.orm.internal.MappedModel;
import io.retort.schema.Table;
import io.retort.schema.internal.SchemaModel;

import reactor.core.publisher.Mono;

/**
 * The mapped classes of an application and the tables they need, like SQLAlchemy's
 * {@code Base.metadata}. {@link #of} reads and checks the mapping at once; {@link #createAll}
 * and {@link #dropAll} create and drop the tables; {@link #reflect} reads tables from a database.
 *
 * <pre>{@code
 * Metadata metadata = Metadata.of(User.class, Article.class);
 * metadata.createAll(engine).then(...);
 * metadata.table("users").orElseThrow().column("name").orElseThrow().nullable();
 * }</pre>
 */
public final class Metadata {

    private final MappedModel model;
    private final SchemaModel schema;

    private Metadata(MappedModel model, SchemaModel schema) {
        this.model = model;
        this.schema = schema;
    }

    /**
     * The metadata of {@code classes}: every mistake (no {@code @Id}, an unsupported field type, a
     * relationship to a class not listed, a bad {@code backPopulates}, no no-argument constructor,
     * two classes on one table) fails here with a {@link MappingException} naming class and field.
     */
    public static Metadata of(Class<?>... classes) {
        Checks.notNull(classes, "classes");
        MappedModel model = MappedModel.of(Arrays.asList(classes));
        return new Metadata(model, SchemaModel.of(EntityTables.of(model)));
    }

    /**
     * Reads every table of the engine's current database or schema: columns with their generic
     * types, nullability and defaults, primary, unique and foreign keys, and indexes. The result
     * maps no classes; it serves {@link #tables()} and {@link #dropAll}.
     */
    public static Mono<Metadata> reflect(Engine engine) {
        Checks.notNull(engine, "engine");
        return SchemaModel.reflect(engine).map(schema -> new Metadata(MappedModel.of(List.of()), schema));
    }

    /** The table named {@code name}, entity or secondary. */
    public Optional<Table> table(String name) {
        return schema.table(name);
    }

    /** Every table, entity tables first, then secondary tables. */
    public List<Table> tables() {
        return schema.tables();
    }

    /** Creates the tables that do not exist yet, in foreign-key order, with keys, indexes and defaults. */
    public Mono<Void> createAll(Engine engine) {
        return schema.createAll(Checks.notNull(engine, "engine"));
    }

    /** Drops the tables that exist, in reverse foreign-key order. */
    public Mono<Void> dropAll(Engine engine) {
        return schema.dropAll(Checks.notNull(engine, "engine"));
    }

    /** The checked mapping, for the session and query layers. */
    MappedModel model() {
        return model;
    }

    @Override
    public String toString() {
        return "Metadata" + schema.tables().stream().map(Table::name).toList();
    }
}
