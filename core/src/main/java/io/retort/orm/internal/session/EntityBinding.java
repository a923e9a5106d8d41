package io.retort.orm.internal.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.r2dbc.spi.Readable;
import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.MappedModel;
import io.retort.orm.internal.PropertyMapping;
import io.retort.schema.internal.SchemaSupport;
import io.retort.schema.internal.ValueCodec;
import io.retort.sql.Expr;
import io.retort.sql.FromItem;
import io.retort.sql.internal.ColumnRef;

import org.jspecify.annotations.Nullable;

/**
 * One mapped class bound to one dialect: the codec of every column, resolved once, so reading a
 * row is one direct call per column.
 *
 * <p>An entity's SELECT must list {@link #selectColumns()}: the properties in declaration order,
 * then the join columns of owning relationships that no field maps ({@link #hiddenColumns()}),
 * which many-to-one loading needs. {@link EntityHydrator#hydrate} reads {@link #width()} columns
 * from its offset.
 * <pre>{@code
 * Select select = Sql.select(binding.selectColumns().toArray(Expr[]::new)).from(binding.mapping().tableRef());
 * Object user = hydrator.hydrate(row, 0, binding);     // next entity starts at binding.width()
 * }</pre>
 */
public final class EntityBinding {

    private volatile @Nullable String keySelectSql;

    private final EntityMapping mapping;
    private final ValueCodec[] codecs;
    private final int[] idIndexes;
    private final List<ColumnRef<?>> hidden;
    private final Map<String, Integer> indexByColumn = new HashMap<>();

    EntityBinding(EntityMapping mapping, MappedModel model, SchemaSupport schema) {
        this.mapping = mapping;
        List<PropertyMapping> properties = mapping.properties();
        this.hidden = hiddenOf(model, mapping);
        this.codecs = new ValueCodec[properties.size() + hidden.size()];
        for (int i = 0; i < properties.size(); i++) {
            codecs[i] = schema.codec(properties.get(i).sqlType(), properties.get(i).javaType());
            indexByColumn.put(properties.get(i).column(), i);
        }
        List<ForeignKeyValues.JoinColumn> joins = ForeignKeyValues.of(model, mapping);
        for (int j = 0; j < hidden.size(); j++) {
            String name = hidden.get(j).name();
            PropertyMapping key = joins.stream().filter(join -> join.column().name().equals(name)).findFirst()
                    .orElseThrow().targetKey();
            codecs[properties.size() + j] = schema.codec(key.sqlType(), key.javaType());
            indexByColumn.put(name, properties.size() + j);
        }
        this.idIndexes = mapping.ids().stream().mapToInt(properties::indexOf).toArray();
    }

    /** The join columns of {@code mapping}'s owning relationships that no field maps, in read order. */
    public static List<ColumnRef<?>> hiddenOf(MappedModel model, EntityMapping mapping) {
        List<ColumnRef<?>> columns = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ForeignKeyValues.JoinColumn join : ForeignKeyValues.of(model, mapping)) {
            if (join.property() == null && !names.contains(join.column().name())) {
                names.add(join.column().name());
                columns.add(join.column());
            }
        }
        return List.copyOf(columns);
    }

    public EntityMapping mapping() {
        return mapping;
    }

    /** Property {@code index}'s value (or hidden column {@code index - properties}) from column {@code column} of {@code row}. */
    public @Nullable Object read(Readable row, int column, int index) {
        return codecs[index].read(row, column);
    }

    /** What to bind for property {@code index} holding {@code value}. */
    public Object bind(int index, @Nullable Object value) {
        return codecs[index].toDatabase(value);
    }

    /** The columns an entity SELECT lists, in the order {@link EntityHydrator#hydrate} reads them. */
    public List<Expr<?>> selectColumns() {
        List<Expr<?>> columns = new ArrayList<>(codecs.length);
        for (PropertyMapping property : mapping.properties()) {
            columns.add(property.columnRef());
        }
        columns.addAll(hidden);
        return columns;
    }

    /** {@link #selectColumns()} on {@code table} (an alias of the entity's table, for joins). */
    public List<Expr<?>> selectColumns(FromItem table) {
        List<Expr<?>> columns = new ArrayList<>(codecs.length);
        for (Expr<?> column : selectColumns()) {
            columns.add(((ColumnRef<?>) column).on(table));
        }
        return columns;
    }

    /** How many columns {@link #selectColumns()} lists. */
    public int width() {
        return codecs.length;
    }

    /** The join columns of owning relationships that no field maps, read after the properties. */
    /**
     * The value of {@code join}'s column as the database holds it for {@code state}'s object (as
     * last loaded or flushed): the property's snapshot, or the kept hidden join-column value.
     */
    public @Nullable Object storedJoinValue(InstanceState state, ForeignKeyValues.JoinColumn join) {
        PropertyMapping property = join.property();
        if (property != null) {
            return state.committed(mapping.properties().indexOf(property));
        }
        @Nullable Object[] stored = state.hiddenKeys();
        List<ColumnRef<?>> hidden = hiddenColumns();
        for (int j = 0; stored != null && j < hidden.size(); j++) {
            if (hidden.get(j).name().equals(join.column().name())) {
                return stored[j];
            }
        }
        return null;
    }

    /** The SQL of the SELECT by primary key, once a session has compiled it (null before). */
    public @Nullable String keySelectSql() {
        return keySelectSql;
    }

    void keySelectSql(String sql) {
        this.keySelectSql = sql;
    }

    public List<ColumnRef<?>> hiddenColumns() {
        return hidden;
    }

    /** The position of column {@code name} among {@link #selectColumns()}, or -1. */
    public int columnIndex(String name) {
        Integer index = indexByColumn.get(name);
        return index == null ? -1 : index;
    }

    /** Positions of the key properties among the properties. */
    int[] idIndexes() {
        return idIndexes;
    }
}
