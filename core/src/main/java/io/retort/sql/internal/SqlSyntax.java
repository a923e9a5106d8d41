package io.retort.sql.internal;

import org.jspecify.annotations.Nullable;

/**
 * The SQL-flavour half of a dialect: everything the one compiler asks a database about. A
 * dialect overrides only what differs from standard SQL (the defaults). Implemented by dialect
 * modules; not user API. Tests read the capability flags ({@link #supportsReturning()},
 * {@link #supportsNativeIlike()}, ...) to know what to expect.
 */
public interface SqlSyntax {

    /** How an INSERT hands back columns of the rows it inserted. */
    enum ReturningStyle {
        /** {@code INSERT .. RETURNING cols} (PostgreSQL). */
        RETURNING_CLAUSE,
        /** {@code SELECT cols FROM FINAL TABLE (INSERT ..)} (H2). */
        DELTA_TABLE,
        /** The driver's generated keys: only the auto-increment column (MySQL/MariaDB). */
        GENERATED_KEYS
    }

    /** How an insert-or-update is spelled. */
    enum UpsertStyle {
        /** {@code INSERT .. ON CONFLICT (keys) DO UPDATE SET c = EXCLUDED.c} (PostgreSQL). */
        ON_CONFLICT,
        /** {@code INSERT .. ON DUPLICATE KEY UPDATE c = VALUES(c)} (MySQL/MariaDB). */
        ON_DUPLICATE_KEY,
        /** {@code MERGE INTO t (cols) KEY (keys) VALUES ..} (H2). */
        MERGE_KEY
    }

    /** How an update of many rows with different values in one statement is spelled. */
    enum BulkUpdateStyle {
        /** {@code UPDATE t SET c = v.c FROM unnest($1, $2) AS v(id, c) WHERE t.id = v.id} (PostgreSQL). */
        UNNEST_ARRAYS,
        /** {@code UPDATE t JOIN (SELECT ? id, ? c UNION ALL ..) v ON t.id = v.id SET t.c = v.c} (MySQL/MariaDB). */
        JOIN_UNION_SELECT,
        /** {@code MERGE INTO t USING (VALUES ..) v(id, c) ON t.id = v.id WHEN MATCHED THEN UPDATE ..} (H2). */
        MERGE_VALUES
    }

    /** The bind marker for the parameter at {@code index} (0-based): {@code $1} or {@code ?}. */
    String bindMarker(int index);

    /** Quotes an identifier, doubling embedded quote characters. */
    default String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /**
     * The paging clause for the given bind markers (either may be null, not both), with a
     * leading space: {@code " LIMIT $1 OFFSET $2"}.
     */
    default String paging(@Nullable String limitMarker, @Nullable String offsetMarker) {
        return (limitMarker == null ? "" : " LIMIT " + limitMarker) + (offsetMarker == null ? "" : " OFFSET " + offsetMarker);
    }

    /** How INSERT returns columns. */
    default ReturningStyle returningStyle() {
        return ReturningStyle.RETURNING_CLAUSE;
    }

    /** Whether INSERT can return any column ({@code RETURNING} or a delta table), not only a generated key. */
    default boolean supportsReturning() {
        return returningStyle() != ReturningStyle.GENERATED_KEYS;
    }

    /** Whether the database has a case-insensitive {@code ILIKE}; else {@code LOWER(x) LIKE LOWER(p)}. */
    default boolean supportsNativeIlike() {
        return false;
    }

    /** Whether ORDER BY takes {@code NULLS FIRST/LAST}; else Retort sorts on {@code CASE WHEN x IS NULL ..} first. */
    default boolean supportsNullsOrdering() {
        return true;
    }

    /** The insert-or-update spelling. */
    default UpsertStyle upsertStyle() {
        return UpsertStyle.ON_CONFLICT;
    }

    /** The bulk-update spelling. */
    default BulkUpdateStyle bulkUpdateStyle() {
        return BulkUpdateStyle.UNNEST_ARRAYS;
    }

    /** Whether a Java array binds as one SQL array parameter ({@code x = ANY($1)}, {@code unnest($1)}). */
    default boolean supportsArrayBinding() {
        return false;
    }

    /** The most bind parameters one statement may carry; larger lists and batches are split below it. */
    default int maxBindParameters() {
        return 32_767;
    }

    /** The most rows a multi-row INSERT or bulk UPDATE should carry (drivers slow down on huge statements). */
    default int preferredRowsPerStatement() {
        return 1_000;
    }

    /** A boolean constant as a condition. */
    default String booleanLiteral(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    /** The string literal for a LIKE escape character, e.g. {@code '\'}. */
    default String likeEscapeLiteral(char escape) {
        return escape == '\'' ? "''''" : "'" + escape + "'";
    }
}
