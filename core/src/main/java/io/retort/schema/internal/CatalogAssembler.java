package io.retort.schema.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import io.retort.schema.Column;
import io.retort.schema.ForeignKey;
import io.retort.schema.Index;
import io.retort.schema.SqlType;
import io.retort.schema.Table;
import io.retort.sql.Row;

import org.jspecify.annotations.Nullable;

/**
 * Builds {@link Table}s from the rows of the {@link CatalogQueries}: groups columns, keys and
 * indexes by table and constraint, and maps catalog types to generic ones through the dialect.
 */
final class CatalogAssembler {

    private final SchemaSupport schema;
    private final Map<String, Table.Builder> tables = new LinkedHashMap<>();
    private final Map<String, List<Column.Builder>> columns = new LinkedHashMap<>();
    private final Map<String, Map<String, Column.Builder>> columnsByName = new LinkedHashMap<>();

    CatalogAssembler(SchemaSupport schema) {
        this.schema = schema;
    }

    /** The tables described by the six query results, in the order of {@link CatalogQueries}. */
    List<Table> assemble(List<List<Row>> results) {
        results.get(0).forEach(row -> table(text(row, 0)));
        results.get(1).forEach(this::column);
        results.get(2).forEach(row -> columnBuilder(text(row, 0), text(row, 1)).primaryKey(true));
        columns.forEach((table, list) -> list.forEach(c -> tables.get(table).column(c.build())));
        groups(results.get(4), 2).forEach((key, rows) -> tables.get(key.table()).uniqueConstraint(names(rows, 2)));
        groups(results.get(3), 2).forEach((key, rows) -> tables.get(key.table()).foreignKey(foreignKey(key, rows)));
        groups(results.get(5), 3).forEach((key, rows) -> tables.get(key.table()).index(index(key, rows)));
        List<Table> built = new ArrayList<>();
        tables.values().forEach(builder -> built.add(builder.build()));
        return built;
    }

    private Table.Builder table(String name) {
        columns.computeIfAbsent(name, ignored -> new ArrayList<>());
        columnsByName.computeIfAbsent(name, ignored -> new LinkedHashMap<>());
        return tables.computeIfAbsent(name, Table::builder);
    }

    private void column(Row row) {
        String table = text(row, 0);
        if (!tables.containsKey(table)) {
            return;
        }
        String name = text(row, 1);
        OptionalInt length = number(row, 5);
        OptionalInt precision = number(row, 6);
        OptionalInt scale = number(row, 7);
        SqlType type = schema.typeFromCatalog(text(row, 2), length, precision, scale);
        boolean autoIncrement = yes(row, 8);
        Column.Builder builder = Column.builder(name, type, type.defaultJavaType())
                .nullable(yes(row, 3))
                .autoIncrement(autoIncrement);
        if (type == SqlType.STRING && length.isPresent()) {
            builder.length(length.getAsInt());
        }
        if (type == SqlType.NUMERIC && precision.isPresent()) {
            builder.precision(precision.getAsInt()).scale(scale.orElse(0));
        }
        String defaultSql = row.get(4, String.class);
        if (defaultSql != null && !autoIncrement && !defaultSql.equalsIgnoreCase("NULL")) {
            builder.serverDefault(schema.serverDefaultFromCatalog(defaultSql));
        }
        columns.get(table).add(builder);
        columnsByName.get(table).put(name, builder);
    }

    private Column.Builder columnBuilder(String table, String column) {
        Column.Builder builder = columnsByName.getOrDefault(table, Map.of()).get(column);
        if (builder == null) {
            throw new IllegalStateException("The catalog names key column " + table + "." + column
                    + ", which its column query did not return");
        }
        return builder;
    }

    private static ForeignKey foreignKey(GroupKey key, List<Row> rows) {
        ForeignKey foreignKey = ForeignKey.of(names(rows, 2), text(rows.get(0), 3), names(rows, 4)).named(key.name());
        String rule = rows.get(0).get(5, String.class);
        if (rule == null || rule.equalsIgnoreCase("NO ACTION")) {
            return foreignKey;
        }
        return foreignKey.onDelete(ForeignKey.Action.valueOf(rule.trim().toUpperCase(Locale.ROOT).replace(' ', '_')));
    }

    private static Index index(GroupKey key, List<Row> rows) {
        List<String> columns = names(rows, 3);
        return yes(rows.get(0), 2) ? Index.unique(key.name(), columns) : Index.of(key.name(), columns);
    }

    private Map<GroupKey, List<Row>> groups(List<Row> rows, int firstValue) {
        Map<GroupKey, List<Row>> groups = new LinkedHashMap<>();
        for (Row row : rows) {
            String table = text(row, 0);
            if (tables.containsKey(table)) {
                groups.computeIfAbsent(new GroupKey(table, text(row, 1)), ignored -> new ArrayList<>()).add(row);
            }
        }
        return groups;
    }

    private static List<String> names(List<Row> rows, int index) {
        return rows.stream().map(row -> text(row, index)).toList();
    }

    private static String text(Row row, int index) {
        Object value = row.get(index);
        if (value == null) {
            throw new IllegalStateException("A catalog query returned null in column " + index + " of " + row);
        }
        return value.toString();
    }

    private static OptionalInt number(Row row, int index) {
        @Nullable Long value = row.get(index, Long.class);
        return value == null || value > Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(value.intValue());
    }

    private static boolean yes(Row row, int index) {
        Object value = row.get(index);
        if (value instanceof Boolean flag) {
            return flag;
        }
        if (value instanceof Number number) {
            return number.intValue() != 0;
        }
        return value != null && (value.toString().equalsIgnoreCase("YES") || value.toString().equalsIgnoreCase("TRUE"));
    }

    private record GroupKey(String table, String name) {
    }
}
