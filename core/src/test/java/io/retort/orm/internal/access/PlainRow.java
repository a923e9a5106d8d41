package io.retort.orm.internal.access;

/** A top-level class with plain fields, loaded again by another class loader in {@link AccessClassesTest}. */
final class PlainRow {
    long id;
    String name;
}
