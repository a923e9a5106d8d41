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
                    Column.Builder column = Column.builder(joinColumns.get(i), keyType(key), key.javaType())
                            .nullable(relationship.optional())
                            .unique(relationship.kind() == RelationshipKind.ONE_TO_ONE && joinColumns.size() == 1);
                    if (keyType(key) == SqlType.STRING || keyType(key) == SqlType.ENUM) {
                        column.length(key.settings().length() > 0 ? key.settings().length() : 255);
                    }
                    table.column(column.build());
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

    /** A foreign key has the key's type (and length), without the key's identity. */
    private static SqlType keyType(PropertyMapping key) {
        return key.sqlType() == SqlType.STRING && key.settings().length() == 0 ? SqlType.TEXT : key.sqlType();
    }

    private static Table secondaryTable(MappedModel model, EntityMapping owner, RelationshipMapping relationship) {
        EntityMapping target = model.mapping(relationship.target());
        PropertyMapping ownerKey = owner.ids().get(0);
        PropertyMapping targetKey = target.ids().get(0);
        return Table.builder(relationship.secondary())
                .column(Column.builder(relationship.joinColumn(), ownerKey.sqlType(), ownerKey.javaType())
                        .nullable(false).primaryKey(true).build())
                .column(Column.builder(relationship.inverseJoinColumn(), targetKey.sqlType(), targetKey.javaType())
                        .nullable(false).primaryKey(true).build())
                .foreignKey(ForeignKey.of(List.of(relationship.joinColumn()), owner.table(), List.of(ownerKey.column())))
                .foreignKey(ForeignKey.of(List.of(relationship.inverseJoinColumn()), target.table(),
                        List.of(targetKey.column())))
                .build();
    }
}
