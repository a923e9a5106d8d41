package io.retort.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Appends checked value rows to the immutable row lists of the multi-row statements. */
final class Rows {

    private Rows() {
    }

    static List<List<@Nullable Object>> append(List<List<@Nullable Object>> rows, @Nullable Object[] row, int width) {
        if (width == 0) {
            throw new IllegalStateException("Set the columns before adding rows: call .columns(..) first");
        }
        if (row.length != width) {
            throw new IllegalArgumentException("A row needs one value per column: " + width + " columns, "
                    + row.length + " values " + Arrays.toString(row));
        }
        List<List<@Nullable Object>> out = new ArrayList<>(rows.size() + 1);
        out.addAll(rows);
        out.add(Collections.unmodifiableList(new ArrayList<>(Arrays.asList(row))));
        return Collections.unmodifiableList(out);
    }
}
