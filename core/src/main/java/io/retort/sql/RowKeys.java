package io.retort.sql;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The column keys of a result, shared by all its rows, with case-insensitive lookup.
 * An exact-case match wins over a case-insensitive one.
 */
final class RowKeys {

    private final List<String> names;
    private final Map<String, Integer> exact = new HashMap<>();
    private final Map<String, Integer> folded = new HashMap<>();

    RowKeys(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < this.names.size(); i++) {
            exact.putIfAbsent(this.names.get(i), i);
            folded.putIfAbsent(this.names.get(i).toLowerCase(Locale.ROOT), i);
        }
    }

    List<String> names() {
        return names;
    }

    int size() {
        return names.size();
    }

    int indexOf(String key) {
        Integer index = exact.get(key);
        if (index == null) {
            index = folded.get(key.toLowerCase(Locale.ROOT));
        }
        if (index == null) {
            throw new IllegalArgumentException("This row has no column '" + key + "'; its keys are " + names);
        }
        return index;
    }
}
