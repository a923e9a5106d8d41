package io.retort.orm.internal.session;

import java.util.ArrayList;
import java.util.List;

import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.JoinColumns;
import io.retort.orm.internal.MappedModel;
import io.retort.orm.internal.PropertyMapping;
import io.retort.orm.internal.RelationshipMapping;
import io.retort.sql.internal.ColumnRef;

import org.jspecify.annotations.Nullable;

/**
 * The foreign-key columns an object's many-to-one (and owning one-to-one) relationships write:
 * a column mapped by a plain field gets the related object's key copied into that field; a
 * column no field maps is written from the related object's key directly.
 */
public final class ForeignKeyValues {

    /** One join column: the relationship it serves, its position in the key, and the field mapping it if any. */
    public record JoinColumn(RelationshipMapping relationship, int keyIndex, ColumnRef<?> column,
            @Nullable PropertyMapping property, PropertyMapping targetKey) {
    }

    private ForeignKeyValues() {
    }

    /** The join columns of {@code mapping}'s owning relationships. */
    public static List<JoinColumn> of(MappedModel model, EntityMapping mapping) {
        List<JoinColumn> columns = new ArrayList<>();
        for (RelationshipMapping relationship : mapping.relationships()) {
            if (!relationship.ownsForeignKey()) {
                continue;
            }
            EntityMapping target = model.mapping(relationship.target());
            List<String> names = JoinColumns.split(relationship.joinColumn());
            for (int i = 0; i < names.size(); i++) {
                PropertyMapping targetKey = target.ids().get(i);
                PropertyMapping property = mapping.propertyForColumn(names.get(i)).orElse(null);
                ColumnRef<?> column = property != null ? property.columnRef()
                        : mapping.tableRef().column(names.get(i), targetKey.javaType());
                columns.add(new JoinColumn(relationship, i, column, property, targetKey));
            }
        }
        return columns;
    }

    /**
     * Copies related objects' keys into the plain fields that map their join columns, so
     * {@code city.id} and {@code cityId} agree before the row is written.
     */
    public static void syncFields(Object entity, List<JoinColumn> columns) {
        for (JoinColumn column : columns) {
            Object related = column.relationship().access().get(entity);
            if (column.property() != null && related != null && !(related instanceof NotLoadedMarker)) {
                column.property().set(entity, column.targetKey().get(related));
            }
        }
    }

    /** The value of a join column that no field maps, from the related object. */
    public static @Nullable Object hiddenValue(Object entity, JoinColumn column) {
        Object related = column.relationship().access().get(entity);
        return related == null || related instanceof NotLoadedMarker ? null : column.targetKey().get(related);
    }

    /** Marks values that stand for an unloaded relationship, which flush must never read as null. */
    public interface NotLoadedMarker {
    }
}
