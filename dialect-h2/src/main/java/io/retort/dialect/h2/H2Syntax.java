package io.retort.dialect.h2;

import io.retort.sql.internal.SqlSyntax;

/**
 * H2's SQL: numbered {@code $n} markers, double-quoted identifiers, native NULLS FIRST/LAST, no
 * ILIKE (emulated), returned columns through a {@code FINAL TABLE} delta table, {@code MERGE ..
 * KEY} upserts and bulk updates merged from a VALUES list.
 */
final class H2Syntax implements SqlSyntax {

    @Override
    public String bindMarker(int index) {
        return "$" + (index + 1);
    }

    /**
     * No array binding: r2dbc-h2 binds arrays, but H2 caps an ARRAY at 65,536 elements, so
     * large IN lists are split by the compiler instead.
     */
    @Override
    public boolean supportsArrayBinding() {
        return false;
    }

    @Override
    public ReturningStyle returningStyle() {
        return ReturningStyle.DELTA_TABLE;
    }

    @Override
    public UpsertStyle upsertStyle() {
        return UpsertStyle.MERGE_KEY;
    }

    @Override
    public BulkUpdateStyle bulkUpdateStyle() {
        return BulkUpdateStyle.MERGE_VALUES;
    }
}
