package io.retort.dialect.postgres;

import io.retort.sql.internal.SqlSyntax;

/**
 * PostgreSQL's SQL: numbered {@code $n} markers, double-quoted identifiers, native ILIKE and
 * NULLS FIRST/LAST, {@code RETURNING}, {@code ON CONFLICT} upserts, and arrays bound as one
 * parameter ({@code x = ANY($1)}, bulk updates joined to {@code unnest}).
 */
final class PostgresSyntax implements SqlSyntax {

    @Override
    public String bindMarker(int index) {
        return "$" + (index + 1);
    }

    @Override
    public boolean supportsNativeIlike() {
        return true;
    }

    @Override
    public boolean supportsArrayBinding() {
        return true;
    }

    /** The extended protocol counts parameters in an unsigned 16-bit field. */
    @Override
    public int maxBindParameters() {
        return 65_535;
    }
}
