package io.retort.orm.internal.query;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

import io.r2dbc.spi.Readable;
import io.r2dbc.spi.RowMetadata;
import io.retort.orm.ColumnAttribute;
import io.retort.orm.internal.session.EntityBinding;
import io.retort.orm.internal.session.EntityHydrator;
import io.retort.orm.internal.session.SessionCore;
import io.retort.sql.Expr;
import io.retort.sql.Row;
import io.retort.sql.internal.expr.Label;

import org.jspecify.annotations.Nullable;

/**
 * Reads one query's result rows: the selected entity through the session's identity map, or a
 * {@link Row} whose values are entities and column values (mapped attributes read through their
 * column's codec, so they come back as the field's Java type). Everything per shape is resolved
 * once here; per row it is one pass over the columns.
 */
public final class ResultReader implements BiFunction<io.r2dbc.spi.Row, RowMetadata, Object> {

    private final EntityHydrator hydrator;
    private final @Nullable EntityBinding single;
    private final List<String> keys;
    private final Part[] parts;

    private ResultReader(EntityHydrator hydrator, @Nullable EntityBinding single, List<String> keys, Part[] parts) {
        this.hydrator = hydrator;
        this.single = single;
        this.keys = keys;
        this.parts = parts;
    }

    /** The reader of {@code spec}'s rows for {@code core}'s session. */
    public static ResultReader of(SessionCore core, QuerySpec spec) {
        if (spec.entityResult()) {
            Selection.Entity entity = (Selection.Entity) spec.selections().get(0);
            return new ResultReader(core.hydrator(), core.bindings().of(entity.mapping().type()), List.of(),
                    new Part[0]);
        }
        List<String> keys = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        int offset = 0;
        for (Selection selection : spec.selections()) {
            keys.add(selection.key());
            if (selection instanceof Selection.Entity entity) {
                EntityBinding binding = core.bindings().of(entity.mapping().type());
                parts.add(new Part(offset, binding, -1));
                offset += binding.width();
            } else {
                parts.add(columnPart(core, ((Selection.Column) selection).expr(), offset));
                offset++;
            }
        }
        return new ResultReader(core.hydrator(), null, List.copyOf(keys), parts.toArray(Part[]::new));
    }

    private static Part columnPart(SessionCore core, Expr<?> expr, int offset) {
        Expr<?> inner = expr instanceof Label<?> label ? label.expr() : expr;
        if (inner instanceof ColumnAttribute<?, ?> attribute && core.model().contains(attribute.entity())) {
            EntityBinding binding = core.bindings().of(attribute.entity());
            int index = binding.mapping().properties().indexOf(attribute.property());
            return new Part(offset, binding, index);
        }
        return new Part(offset, null, -1);
    }

    @Override
    public Object apply(io.r2dbc.spi.Row row, RowMetadata metadata) {
        if (single != null) {
            return hydrator.hydrate(row, 0, single);
        }
        Object[] values = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = parts[i].read(hydrator, row);
        }
        return Row.of(keys, Arrays.asList(values));
    }

    /** One value of a row: an entity (binding, no index), a mapped column (binding and index) or a plain value. */
    private record Part(int offset, @Nullable EntityBinding binding, int index) {

        @Nullable Object read(EntityHydrator hydrator, Readable row) {
            if (binding == null) {
                Object value = row.get(offset);
                if (value instanceof ByteBuffer buffer) {
                    byte[] bytes = new byte[buffer.remaining()];
                    buffer.duplicate().get(bytes);
                    return bytes;
                }
                return value;
            }
            return index < 0 ? hydrator.hydrate(row, offset, binding) : binding.read(row, offset, index);
        }
    }
}
