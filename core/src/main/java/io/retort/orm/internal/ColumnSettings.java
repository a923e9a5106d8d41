package io.retort.orm.internal;

/**
 * What {@code @Id}, {@code @GeneratedValue}, {@code @Version} and {@code @Column} say about one
 * column.
 *
 * @param id part of the primary key
 * @param generated the database generates it on insert
 * @param version the optimistic-lock counter
 * @param nullable accepts NULL
 * @param length string length, 0 for unbounded
 * @param precision numeric precision, 0 for default
 * @param scale numeric scale
 * @param unique has a unique constraint
 * @param index has an index
 * @param serverDefault SQL default expression, empty for none
 */
public record ColumnSettings(boolean id, boolean generated, boolean version, boolean nullable, int length,
        int precision, int scale, boolean unique, boolean index, String serverDefault) {
}
