package io.retort.chinook;

import io.retort.orm.Metadata;

/** The Chinook classes as one {@link Metadata}. */
public final class ChinookModel {

    private ChinookModel() {
    }

    /** A metadata of every Chinook class. */
    public static Metadata metadata() {
        return Metadata.of(Artist.class, Album.class, Track.class, Genre.class, MediaType.class, Playlist.class,
                Customer.class, Employee.class, Invoice.class, InvoiceLine.class);
    }
}
