package io.retort.dialect.mysql;

import io.retort.sql.internal.SqlSyntax;

import org.jspecify.annotations.Nullable;

/**
 * MySQL's and MariaDB's SQL: {@code ?} markers, back-quoted identifiers, no ILIKE and no NULLS
 * FIRST/LAST (both emulated), generated keys instead of RETURNING, {@code ON DUPLICATE KEY
 * UPDATE} upserts, bulk updates joined to a {@code SELECT .. UNION ALL} list, and small
 * multi-row statements (the driver slows down sharply on large ones).
 */
final class MySqlSyntax implements SqlSyntax {

    /** MySQL's "no limit": it has no OFFSET without LIMIT. */
    private static final String NO_LIMIT = "18446744073709551615";

    @Override
    public String bindMarker(int index) {
        return "?";
    }

    @Override
    public String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    @Override
    public String paging(@Nullable String limitMarker, @Nullable String offsetMarker) {
        return " LIMIT " + (limitMarker == null ? NO_LIMIT : limitMarker)
                + (offsetMarker == null ? "" : " OFFSET " + offsetMarker);
    }

    @Override
    public ReturningStyle returningStyle() {
        return ReturningStyle.GENERATED_KEYS;
    }

    @Override
    public boolean supportsNullsOrdering() {
        return false;
    }

    @Override
    public UpsertStyle upsertStyle() {
        return UpsertStyle.ON_DUPLICATE_KEY;
    }

    @Override
    public BulkUpdateStyle bulkUpdateStyle() {
        return BulkUpdateStyle.JOIN_UNION_SELECT;
    }

    /** The prepared-statement protocol counts parameters in an unsigned 16-bit field. */
    @Override
    public int maxBindParameters() {
        return 65_535;
    }

    /** PERF-NOTES: r2dbc-mysql is fastest at about 100 rows a statement. */
    @Override
    public int preferredRowsPerStatement() {
        return 100;
    }

    /** A backslash in a MySQL string literal is itself an escape, so it is doubled. */
    @Override
    public String likeEscapeLiteral(char escape) {
        return escape == '\\' ? "'\\\\'" : SqlSyntax.super.likeEscapeLiteral(escape);
    }
}
