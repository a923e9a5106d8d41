package io.retort.examples.chinook;

import java.util.List;

import io.retort.orm.Column;
import io.retort.orm.Id;
import io.retort.orm.ManyToMany;
import io.retort.orm.Table;

/** A Chinook playlist: many tracks, each on many playlists. */
@Table("playlist")
public class Playlist {
    @Id @Column(name = "playlist_id") Integer id;
    @Column(length = 120) String name;
    @ManyToMany(secondary = "playlist_track", joinColumn = "playlist_id", inverseJoinColumn = "track_id")
    List<Track> tracks;

    Playlist() {
    }

    public Playlist(Integer id, String name) {
        this.id = id;
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public List<Track> getTracks() {
        return tracks;
    }
}
