package io.retort.examples.chinook;

import java.math.BigDecimal;

import io.retort.orm.Column;
import io.retort.orm.Id;
import io.retort.orm.ManyToOne;
import io.retort.orm.Table;

/** A Chinook track, on an album, of a genre. */
@Table("track")
public class Track {
    @Id @Column(name = "track_id") Integer id;
    @Column(length = 200, nullable = false) String name;
    @Column(name = "album_id") Integer albumId;
    @ManyToOne(joinColumn = "album_id", backPopulates = "tracks") Album album;
    @Column(name = "media_type_id", nullable = false) Integer mediaTypeId;
    @ManyToOne(joinColumn = "media_type_id", optional = false) MediaType mediaType;
    @Column(name = "genre_id") Integer genreId;
    @ManyToOne(joinColumn = "genre_id") Genre genre;
    @Column(length = 220) String composer;
    @Column(nullable = false) Integer milliseconds;
    Integer bytes;
    @Column(precision = 10, scale = 2, nullable = false) BigDecimal unitPrice;

    Track() {
    }

    public Track(Integer id, String name, Integer albumId, Integer mediaTypeId, Integer genreId, String composer,
            Integer milliseconds, Integer bytes, BigDecimal unitPrice) {
        this.id = id;
        this.name = name;
        this.albumId = albumId;
        this.mediaTypeId = mediaTypeId;
        this.genreId = genreId;
        this.composer = composer;
        this.milliseconds = milliseconds;
        this.bytes = bytes;
        this.unitPrice = unitPrice;
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Integer getMilliseconds() {
        return milliseconds;
    }

    public Genre getGenre() {
        return genre;
    }
}
