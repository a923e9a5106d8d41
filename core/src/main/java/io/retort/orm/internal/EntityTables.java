package io.retort.orm.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.retort.schema.Column;
import io.retort.schema.ForeignKey;
import io.retort.schema.Index;
import io.retort.schema.SqlType;
import io.retort.schema.Table;

/**
 * Builds the schema tables a {@link MappedModel} needs: one per class, with the foreign-key
 * columns its relationships add, and one per many-to-many secondary table.
 */
public final class EntityTables {

    private EntityTables() {
    }

    /** The tables of {@code model}: entity tables in the order given, then secondary tables. */
    public static List<Table> of(MappedModel model) {
        List<Table> tables = new ArrayList<>();
        Map<String, Table> secondaries = new LinkedHashMap<>();
        for (EntityMapping mapping : model.mappings()) {
            tables.add(entityTable(model, mapping));
            for (RelationshipMapping relationship : mapping.relationships()) {
                if (relationship.kind() == RelationshipKind.MANY_TO_MANY) {
                    secondaries.computeIfAbsent(relationship.secondary().toLowerCase(Locale.ROOT),
                            key -> secondaryTable(model, mapping, relationship));
                }
            }
        }
        tables.addAll(secondaries.values());
        return tables;
    }

    private static Table entityTable(MappedModel model, EntityMapping mapping) {
        Table.Builder table = Table.builder(mapping.table());
        Set<String> columns = new LinkedHashSet<>();
        for (PropertyMapping property : mapping.properties()) {
            table.column(column(property));
            columns.add(property.column());
            if (property.settings().index() && !property.settings().unique()) {
                table.index(Index.on(mapping.table(), List.of(property.column())));
            }
        }
        for (RelationshipMapping relationship : mapping.relationships()) {
            if (!relationship.ownsForeignKey()) {
                continue;
            }
            EntityMapping target = model.mapping(relationship.target());
            List<String> joinColumns = JoinColumns.split(relationship.joinColumn());
            List<String> referred = new ArrayList<>();
            for (int i = 0; i < joinColumns.size(); i++) {
                PropertyMapping key = target.ids().get(i);
                referred.add(key.column());
                if (columns.add(joinColumns.get(i))) {
                    table.column(foreignKeyColumn(joinColumns.get(i), key)
                            .nullable(relationship.optional())
                            .unique(relationship.kind() == RelationshipKind.ONE_TO_ONE && joinColumns.size() == 1)
                            .build());
                }
            }
            table.foreignKey(ForeignKey.of(joinColumns, target.table(), referred));
        }
        return table.build();
    }

    private static Column column(PropertyMapping property) {
        ColumnSettings settings = property.settings();
        SqlType type = property.sqlType();
        if (type == SqlType.STRING && settings.length() == 0) {
            type = SqlType.TEXT;
        }
        Column.Builder column = Column.builder(property.column(), type, property.javaType())
                .nullable(settings.nullable())
                .primaryKey(settings.id())
                .unique(settings.unique())
                .autoIncrement(settings.generated());
        if (type == SqlType.STRING || type == SqlType.ENUM) {
            column.length(settings.length() > 0 ? settings.length() : 255);
        }
        if (type == SqlType.NUMERIC && settings.precision() > 0) {
            column.precision(settings.precision()).scale(settings.scale());
        }
        if (!settings.serverDefault().isBlank()) {
            column.serverDefault(settings.serverDefault());
        }
        return column.build();
    }

    /** A foreign-key column has the key's type (and length), without the key's identity. */
    private static Column.Builder foreignKeyColumn(String name, PropertyMapping key) {
        SqlType type = key.sqlType() == SqlType.STRING && key.settings().length() == 0 ? SqlType.TEXT : key.sqlType();
        Column.Builder column = Column.builder(name, type, key.javaType());
        if (type == SqlType.STRING || type == SqlType.ENUM) {
            column.length(key.settings().length() > 0 ? key.settings().length() : 255);
        }
        return column;
    }

    /**
     * The association table of a many-to-many: the owner's key columns, then the target's, all of
     * them the primary key, with a (possibly composite) foreign key to each side.
     */
    private static Table secondaryTable(MappedModel model, EntityMapping owner, RelationshipMapping relationship) {
        EntityMapping target = model.mapping(relationship.target());
        Table.Builder table = Table.builder(relationship.secondary());
        addKeyReference(table, JoinColumns.split(relationship.joinColumn()), owner);
        addKeyReference(table, JoinColumns.split(relationship.inverseJoinColumn()), target);
        return table.build();
    }

    private static void addKeyReference(Table.Builder table, List<String> columns, EntityMapping referenced) {
        List<String> referred = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            PropertyMapping key = referenced.ids().get(i);
            referred.add(key.column());
            table.column(foreignKeyColumn(columns.get(i), key).nullable(false).primaryKey(true).build());
        }
        table.foreignKey(ForeignKey.of(columns, referenced.table(), referred));
    }
}
