package io.retort.orm.internal.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import io.r2dbc.spi.ColumnMetadata;
import io.r2dbc.spi.RowMetadata;
import io.retort.orm.IdentityKey;
import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.PropertyMapping;
import io.retort.orm.internal.session.EntityBinding;
import io.retort.orm.internal.session.IdentityMap;
import io.retort.orm.internal.session.InstanceState;

/**
 * Maps the rows of a raw statement ({@code fromStatement(text(..))}) onto an entity by column
 * name, ignoring case, through the identity map: a row whose key the session holds gives back the
 * session's object unchanged. Every mapped column must be in the result, so a half-read object
 * never enters the session. One reader per execution; the column positions are found on the
 * first row.
 */
final class TextEntityReader implements BiFunction<io.r2dbc.spi.Row, RowMetadata, Object> {

    private final IdentityMap identityMap;
    private final EntityBinding binding;
    private int[] positions;

    TextEntityReader(IdentityMap identityMap, EntityBinding binding) {
        this.identityMap = identityMap;
        this.binding = binding;
    }

    @Override
    public Object apply(io.r2dbc.spi.Row row, RowMetadata metadata) {
        if (positions == null) {
            positions = positions(metadata);
        }
        EntityMapping mapping = binding.mapping();
        List<PropertyMapping> properties = mapping.properties();
        List<Object> parts = new ArrayList<>(mapping.ids().size());
        for (PropertyMapping id : mapping.ids()) {
            int index = properties.indexOf(id);
            parts.add(binding.read(row, positions[index], index));
        }
        IdentityKey key = new IdentityKey(mapping.type(), parts.size() == 1 ? parts.get(0) : List.copyOf(parts));
        InstanceState existing = identityMap.find(key);
        if (existing != null) {
            return existing.entity();
        }
        Object entity = mapping.newInstance();
        for (int i = 0; i < properties.size(); i++) {
            properties.get(i).set(entity, binding.read(row, positions[i], i));
        }
        identityMap.addPersistent(entity, mapping, key).snapshot();
        return entity;
    }

    private int[] positions(RowMetadata metadata) {
        List<String> names = new ArrayList<>();
        for (ColumnMetadata column : metadata.getColumnMetadatas()) {
            names.add(column.getName().toLowerCase(Locale.ROOT));
        }
        List<PropertyMapping> properties = binding.mapping().properties();
        int[] found = new int[properties.size()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < found.length; i++) {
            found[i] = names.indexOf(properties.get(i).column().toLowerCase(Locale.ROOT));
            if (found[i] < 0) {
                missing.add(properties.get(i).column());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("fromStatement rows are mapped onto "
                    + binding.mapping().type().getSimpleName() + " by column name, but the statement returns no "
                    + missing + " (it returns " + names + "); select every mapped column, e.g. SELECT * FROM "
                    + binding.mapping().table());
        }
        return found;
    }
}
