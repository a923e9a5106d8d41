package io.retort.chinook;

import java.math.BigDecimal;
import java.util.List;

import io.retort.orm.Column;
import io.retort.orm.Id;
import io.retort.orm.Table;
import io.retort.orm.ManyToMany;
import io.retort.orm.ManyToOne;

/** A Chinook track, on an album, of a genre, in playlists. */
@Table("track")
public class Track {
    @Id @Column(name = "track_id") public Integer id;
    public String name;
    public Integer albumId;
    public Integer mediaTypeId;
    public Integer genreId;
    public String composer;
    public Integer milliseconds;
    public Integer bytes;
    public BigDecimal unitPrice;
    @ManyToOne(joinColumn = "album_id", backPopulates = "tracks") public Album album;
    @ManyToOne(joinColumn = "genre_id") public Genre genre;
    @ManyToMany(secondary = "playlist_track", joinColumn = "track_id", inverseJoinColumn = "playlist_id",
            backPopulates = "tracks")
    public List<Playlist> playlists;

    public Track() {
    }
}
