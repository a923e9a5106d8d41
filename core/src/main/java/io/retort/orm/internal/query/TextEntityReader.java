package io.retort.orm.internal.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import io.r2dbc.spi.ColumnMetadata;
import io.r2dbc.spi.RowMetadata;
import io.retort.orm.internal.PropertyMapping;
import io.retort.orm.internal.session.EntityBinding;
import io.retort.orm.internal.session.EntityHydrator;

/**
 * Maps the rows of a raw statement ({@code fromStatement(text(..))}) onto an entity by column
 * name, ignoring case, through the identity map: a row whose key the session holds gives back the
 * session's object unchanged. Every mapped column must be in the result, so a half-read object
 * never enters the session; relationships start unloaded, and the join columns no field maps are
 * kept when the statement returns them. One reader per execution; the column positions are found on the
 * first row.
 */
final class TextEntityReader implements BiFunction<io.r2dbc.spi.Row, RowMetadata, Object> {

    private final EntityHydrator hydrator;
    private final EntityBinding binding;
    private int[] positions;
    private int[] hiddenPositions;

    TextEntityReader(EntityHydrator hydrator, EntityBinding binding) {
        this.hydrator = hydrator;
        this.binding = binding;
    }

    @Override
    public Object apply(io.r2dbc.spi.Row row, RowMetadata metadata) {
        if (positions == null) {
            positions = positions(metadata);
            hiddenPositions = hiddenPositions(metadata);
        }
        return hydrator.hydrate(row, positions, hiddenPositions, binding);
    }

    /** Where each join column no field maps sits in the row, or -1 when the statement does not return it. */
    private int[] hiddenPositions(RowMetadata metadata) {
        List<String> names = names(metadata);
        List<io.retort.sql.internal.ColumnRef<?>> hidden = binding.hiddenColumns();
        int[] found = new int[hidden.size()];
        for (int j = 0; j < found.length; j++) {
            found[j] = names.indexOf(hidden.get(j).name().toLowerCase(Locale.ROOT));
        }
        return found;
    }

    private static List<String> names(RowMetadata metadata) {
        List<String> names = new ArrayList<>();
        for (ColumnMetadata column : metadata.getColumnMetadatas()) {
            names.add(column.getName().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private int[] positions(RowMetadata metadata) {
        List<String> names = names(metadata);
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
