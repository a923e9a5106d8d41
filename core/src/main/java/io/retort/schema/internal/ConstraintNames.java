package io.retort.schema.internal;

import java.util.List;
import java.util.Locale;

/**
 * Generated constraint and index names, the same on every run. PostgreSQL cuts identifiers at
 * 63 bytes and MySQL rejects more than 64, so a long name keeps its start and ends in a hash.
 */
public final class ConstraintNames {

    static final int MAX = 60;

    private ConstraintNames() {
    }

    /** {@code <prefix>_<table>_<columns>}, shortened when too long. */
    public static String of(String prefix, String table, List<String> columns) {
        return shorten(prefix + "_" + table + "_" + String.join("_", columns));
    }

    /** {@code name}, or its first characters and a hash of the whole when it is too long. */
    public static String shorten(String name) {
        if (name.length() <= MAX) {
            return name;
        }
        String hash = Integer.toHexString(name.hashCode()).toLowerCase(Locale.ROOT);
        return name.substring(0, MAX - hash.length() - 1) + "_" + hash;
    }
}
