package io.retort.examples.chinook;

import java.util.List;

import io.retort.orm.Column;
import io.retort.orm.Id;
import io.retort.orm.ManyToOne;
import io.retort.orm.OneToMany;
import io.retort.orm.Table;

/** A Chinook album: one artist, many tracks. */
@Table("album")
public class Album {
    @Id @Column(name = "album_id") Integer id;
    @Column(length = 160, nullable = false) String title;
    @Column(name = "artist_id", nullable = false) Integer artistId;
    @ManyToOne(joinColumn = "artist_id", backPopulates = "albums", optional = false) Artist artist;
    @OneToMany(backPopulates = "album") List<Track> tracks;

    Album() {
    }

    public Album(Integer id, String title, Integer artistId) {
        this.id = id;
        this.title = title;
        this.artistId = artistId;
    }

    public Integer getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Artist getArtist() {
        return artist;
    }

    public List<Track> getTracks() {
        return tracks;
    }
}
