package io.retort.orm.internal;

import java.util.ArrayList;
import java.util.List;

/** Join columns are written comma-separated when a foreign key is composite: {@code "order_id, line_no"}. */
public final class JoinColumns {

    private JoinColumns() {
    }

    /** The column names of {@code joinColumn}, trimmed; empty for an empty string. */
    public static List<String> split(String joinColumn) {
        List<String> names = new ArrayList<>();
        for (String part : joinColumn.split(",")) {
            if (!part.isBlank()) {
                names.add(part.trim());
            }
        }
        return List.copyOf(names);
    }
}
