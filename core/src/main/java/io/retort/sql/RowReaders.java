package io.retort.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import io.r2dbc.spi.ColumnMetadata;
import io.r2dbc.spi.RowMetadata;

/**
 * Reads driver rows into {@link Row}s; the keys are built once per result and shared.
 * Internal to Retort: other layers use {@link #reader()}.
 */
public final class RowReaders {

    private RowReaders() {
    }

    /** A mapper for one statement's rows; create one per execution. */
    public static BiFunction<io.r2dbc.spi.Row, RowMetadata, Row> reader() {
        return new BiFunction<>() {
            private RowKeys keys;

            @Override
            public Row apply(io.r2dbc.spi.Row row, RowMetadata metadata) {
                if (keys == null) {
                    List<String> names = new ArrayList<>();
                    for (ColumnMetadata column : metadata.getColumnMetadatas()) {
                        names.add(column.getName());
                    }
                    keys = new RowKeys(names);
                }
                Object[] values = new Object[keys.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = DriverValues.normalize(row.get(i));
                }
                return new Row(keys, values);
            }
        };
    }
}
